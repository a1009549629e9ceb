package dev.asyncgen.maven;

import dev.asyncgen.core.ReadRequest;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoFailureException;

/** Paths as the plugin shows them, and parameter values as the goals check them. */
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

  /** Reading {@code spec} (resolved against {@code basedir}), named in messages relative to it. */
  static ReadRequest readRequest(Path basedir, Path spec) {
    Path path = basedir.resolve(spec).normalize();
    return ReadRequest.of(path).withDisplayPath(relative(basedir, path));
  }

  /** The parameter's value; a value core refuses fails the build naming the parameter. */
  static <T> T parameter(String name, Supplier<T> value) throws MojoFailureException {
    try {
      return value.get();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("asyncgen: <" + name + ">: " + e.getMessage());
    }
  }
}
