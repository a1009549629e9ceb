package dev.asyncgen.core.incremental;

import dev.asyncgen.core.AsyncgenVersion;
import dev.asyncgen.core.Generator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * The generator's version as the digest sees it: the plugin's version, and for a {@code -SNAPSHOT}
 * the generator-core jar's size and modification time too, so that a rebuilt snapshot counts as a
 * new generator. Not a hash of its bytes: on a cold SHA-256 that cost an unchanged build about
 * 14 ms (491 KB), and a rebuilt jar with the same code only costs one extra regeneration. A
 * released version names its code already and looks at no jar. Run from a classes folder (a reactor build, an
 * IDE), the newest class file's time and the number of files stand in for the jar's, so that a rebuilt generator
 * is never taken for the one that generated last.
 */
public final class GeneratorVersion {
  private GeneratorVersion() {}

  /**
   * {@code pluginVersion}; for a snapshot followed by {@code +core.}, the core jar's size and its
   * modification time, when the core is loaded from a jar (it is not in this module's own tests).
   */
  public static String of(String pluginVersion) {
    if (!pluginVersion.endsWith("-SNAPSHOT") && !pluginVersion.equals(AsyncgenVersion.DEVELOPMENT_BUILD)) {
      return pluginVersion;
    }
    Path code = coreCode();
    if (code == null) {
      return pluginVersion;
    }
    try {
      if (Files.isDirectory(code)) {
        return pluginVersion + "+classes." + newestOf(code);
      }
      BasicFileAttributes attributes = Files.readAttributes(code, BasicFileAttributes.class);
      return pluginVersion + "+core." + attributes.size() + "." + attributes.lastModifiedTime().toMillis();
    } catch (IOException | UncheckedIOException e) {
      return pluginVersion;
    }
  }

  /** The number of files under {@code folder} and the newest one's modification time. */
  private static String newestOf(Path folder) throws IOException {
    long[] countAndNewest = new long[2];
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        countAndNewest[0]++;
        try {
          countAndNewest[1] = Math.max(countAndNewest[1], Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return countAndNewest[0] + "." + countAndNewest[1];
  }

  /** The jar or classes folder the generator's code is loaded from, or null when that cannot be told. */
  private static Path coreCode() {
    CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) || Files.isDirectory(path) ? path : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
