package dev.asyncgen.core;

import java.nio.file.Path;

/** How a spec path appears in messages and generated headers: never absolute. */
public final class DisplayPaths {
  private DisplayPaths() {}

  /**
   * The path as the user typed it when relative; an absolute path inside the working directory
   * becomes relative to it; any other absolute path shows only the file name.
   */
  public static String of(Path spec) {
    Path path = spec.normalize();
    if (path.isAbsolute()) {
      Path workingDir = Path.of("").toAbsolutePath();
      path = path.startsWith(workingDir) ? workingDir.relativize(path) : path.getFileName();
    }
    String shown = path.toString().replace('\\', '/');
    // The working directory itself relativizes to nothing; a message must still name it.
    return shown.isEmpty() ? "." : shown;
  }
}
