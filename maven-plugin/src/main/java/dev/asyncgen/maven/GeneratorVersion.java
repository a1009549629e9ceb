package dev.asyncgen.maven;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.load.Sha256;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The generator's version as the digest sees it: the plugin's version, and for a {@code -SNAPSHOT}
 * a hash of the generator-core jar too, so that a rebuilt snapshot with changed code counts as a
 * new generator. A released version names its code already, so its builds skip reading the jar
 * (320 KB; about 3 ms of an unchanged build in a cold JVM).
 */
final class GeneratorVersion {
  private GeneratorVersion() {}

  /**
   * {@code pluginVersion}; for a snapshot followed by {@code +core.} and the start of the core
   * jar's SHA-256 when the core is loaded from a jar (it is not in this module's own tests).
   */
  static String of(String pluginVersion) {
    if (!pluginVersion.endsWith("-SNAPSHOT")) {
      return pluginVersion;
    }
    Path jar = coreJar();
    if (jar == null) {
      return pluginVersion;
    }
    try {
      return pluginVersion + "+core." + Sha256.hex(Files.readAllBytes(jar)).substring(0, 16);
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
