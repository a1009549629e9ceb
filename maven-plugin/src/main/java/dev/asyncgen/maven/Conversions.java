package dev.asyncgen.maven;

import java.nio.file.Path;

/** Paths as the plugin shows them. */
final class Conversions {
  private Conversions() {}

  /**
   * {@code file} relative to {@code basedir}, with {@code '/'} separators, as messages and
   * generated headers show it: never absolute, so that output does not depend on where the
   * project was checked out. A file on another drive shows only its name.
   */
  static String relative(Path basedir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      String relative = basedir.toAbsolutePath().normalize().relativize(absolute).toString();
      return relative.isEmpty() ? "." : relative.replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return String.valueOf(absolute.getFileName());
    }
  }
}
