package dev.asyncgen.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The generator's version, as the build wrote it into {@code version.properties} beside this class.
 * One source for the CLI's {@code --version} and anything else that names the generator; it reads the
 * same from the jar and from an IDE's or test's class folder, where there is no jar manifest.
 */
public final class AsyncgenVersion {
  /** What {@link #current()} gives when the resource was not filtered by Maven. */
  public static final String DEVELOPMENT_BUILD = "development build";

  private static final String CURRENT = read();

  private AsyncgenVersion() {}

  /** The project version, such as {@code 0.1.0}, or {@link #DEVELOPMENT_BUILD} outside a Maven build. */
  public static String current() {
    return CURRENT;
  }

  private static String read() {
    try (InputStream in = AsyncgenVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return DEVELOPMENT_BUILD;
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      // An IDE that copies resources without Maven's filtering leaves the placeholder.
      return version.isBlank() || version.contains("${") ? DEVELOPMENT_BUILD : version;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the generator's version.properties", e);
    }
  }
}
