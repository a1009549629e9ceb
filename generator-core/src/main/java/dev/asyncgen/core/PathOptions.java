package dev.asyncgen.core;

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

  /** @throws IllegalArgumentException when the path is empty */
  public static Path outputDirectory(Path directory) {
    if (directory.toString().isEmpty()) {
      throw new IllegalArgumentException(
          "the output directory is empty; name a folder, such as target/generated-sources/asyncgen");
    }
    return directory;
  }
}
