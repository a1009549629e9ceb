package dev.asyncgen.core;

import java.nio.file.Path;
import java.util.List;

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

  /**
   * How two specs compared with each other appear: as {@link #of(Path)} names each, unless that
   * names two different files alike ({@code x.yaml} for {@code /a/baseline/x.yaml} and
   * {@code /a/x.yaml}, both outside the working directory); then each keeps as many of its last
   * folders as it takes to tell them apart ({@code baseline/x.yaml} and {@code a/x.yaml}).
   */
  public static List<String> distinct(Path first, Path second) {
    String firstShown = of(first);
    String secondShown = of(second);
    Path firstPath = first.toAbsolutePath().normalize();
    Path secondPath = second.toAbsolutePath().normalize();
    if (!firstShown.equals(secondShown) || firstPath.equals(secondPath)) {
      return List.of(firstShown, secondShown);
    }
    int most = Math.max(firstPath.getNameCount(), secondPath.getNameCount());
    for (int names = 2; names <= most; names++) {
      firstShown = lastNames(firstPath, names);
      secondShown = lastNames(secondPath, names);
      if (!firstShown.equals(secondShown)) {
        break;
      }
    }
    return List.of(firstShown, secondShown);
  }

  private static String lastNames(Path absolute, int names) {
    int count = absolute.getNameCount();
    return absolute.subpath(Math.max(0, count - names), count).toString().replace('\\', '/');
  }
}
