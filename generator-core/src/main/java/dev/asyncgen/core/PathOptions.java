package dev.asyncgen.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rules for the paths a user names, the same for the command line and the Maven plugin. An empty
 * path is refused: it means the current folder, which nobody asks for by typing {@code ''}.
 */
public final class PathOptions {
  private PathOptions() {}

  /** @throws IllegalArgumentException when the path is empty */
  public static Path spec(Path spec) {
    if (spec.toString().isEmpty()) {
      throw new IllegalArgumentException("the spec path is empty; name a YAML or JSON file");
    }
    return spec;
  }

  /**
   * The ref root: an existing folder that holds the spec (after symbolic links), as {@code $ref}s are
   * confined to it.
   *
   * @throws IllegalArgumentException when it is empty, not a folder, or does not hold the spec
   */
  public static Path refRoot(Path refRoot, Path spec) {
    if (refRoot.toString().isEmpty()) {
      throw new IllegalArgumentException("the ref root is empty; name the folder that holds the spec and the"
          + " files it $refs, such as '..'");
    }
    if (!Files.isDirectory(refRoot)) {
      throw new IllegalArgumentException("the ref root '" + refRoot + "' is not a folder");
    }
    if (!real(spec).startsWith(real(refRoot))) {
      throw new IllegalArgumentException("the ref root '" + refRoot + "' does not contain the spec '" + spec
          + "'; name a folder that holds it");
    }
    return refRoot;
  }

  private static Path real(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** @throws IllegalArgumentException when the path is empty */
  public static Path outputDirectory(Path directory) {
    if (directory.toString().isEmpty()) {
      throw new IllegalArgumentException(
          "the output directory is empty; name a folder, such as target/generated-sources/asyncgen");
    }
    return directory;
  }
}
