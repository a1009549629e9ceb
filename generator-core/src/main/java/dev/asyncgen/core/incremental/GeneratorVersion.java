package dev.asyncgen.core.incremental;

import dev.asyncgen.core.Generator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;

/**
 * The generator's version as the digest sees it: the plugin's version, and for a {@code -SNAPSHOT}
 * the generator-core jar's size and modification time too, so that a rebuilt snapshot counts as a
 * new generator. Not a hash of its bytes: on a cold SHA-256 that cost an unchanged build about
 * 14 ms (491 KB), and a rebuilt jar with the same code only costs one extra regeneration. A
 * released version names its code already and looks at no jar.
 */
public final class GeneratorVersion {
  private GeneratorVersion() {}

  /**
   * {@code pluginVersion}; for a snapshot followed by {@code +core.}, the core jar's size and its
   * modification time, when the core is loaded from a jar (it is not in this module's own tests).
   */
  public static String of(String pluginVersion) {
    if (!pluginVersion.endsWith("-SNAPSHOT")) {
      return pluginVersion;
    }
    Path jar = coreJar();
    if (jar == null) {
      return pluginVersion;
    }
    try {
      BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
      return pluginVersion + "+core." + attributes.size() + "." + attributes.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return pluginVersion;
    }
  }

  private static Path coreJar() {
    CodeSource source = Generator.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? path : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
