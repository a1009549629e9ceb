package dev.asyncgen.core.output;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The rules a path relative to the output directory must follow so that it stays inside it. */
final class RelativePaths {
  /** asyncgen's own bookkeeping folder; generated files may not go there. */
  static final String RESERVED_FOLDER = ".asyncgen";

  private RelativePaths() {}

  /** Throws if {@code path} could escape the output directory or is not in canonical form. */
  static void requireSafe(String path) {
    String problem = problem(path);
    if (problem != null) {
      throw new IllegalArgumentException("generated file path \"" + path + "\" " + problem);
    }
  }

  /** Whether {@code path} is safe; for manifest entries, which may have been edited by hand. */
  static boolean isSafe(String path) {
    return problem(path) == null;
  }

  /** What is wrong with {@code path}, or null when it is fine. */
  static String problem(String path) {
    if (path.isEmpty()) {
      return "is empty";
    }
    if (path.startsWith("/")) {
      return "is absolute";
    }
    if (path.indexOf('\\') >= 0) {
      return "contains a backslash; use '/' as separator";
    }
    String problem = segmentProblem(path.split("/", -1));
    return problem != null ? problem : platformProblem(path);
  }

  private static String segmentProblem(String[] segments) {
    if (segments[0].equals(RESERVED_FOLDER)) {
      return "is inside " + RESERVED_FOLDER + "/, which asyncgen keeps for itself";
    }
    for (String segment : segments) {
      if (segment.isEmpty()) {
        return "has an empty segment";
      }
      if (segment.equals(".") || segment.equals("..")) {
        return "has a '" + segment + "' segment";
      }
    }
    return null;
  }

  // Catches what the portable rules above cannot, such as a drive letter on Windows or a NUL.
  private static String platformProblem(String path) {
    try {
      Path relative = Path.of(path);
      boolean escapes = relative.isAbsolute() || relative.getRoot() != null
          || !relative.normalize().equals(relative);
      return escapes ? "does not stay inside the output directory" : null;
    } catch (InvalidPathException e) {
      return "is not a valid file name here: " + e.getReason();
    }
  }
}
