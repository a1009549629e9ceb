package dev.asyncgen.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The list of files the last run generated, kept in the output directory so that the next run
 * knows which files are its own to replace or delete.
 */
final class Manifest {
  /** Where the manifest lives, relative to the output directory. */
  static final String PATH = RelativePaths.RESERVED_FOLDER + "/manifest.txt";

  private static final String HEADER =
      "# Written by asyncgen: files it generated here, deleted once it no longer generates them.\n";

  private Manifest() {}

  /**
   * The entries in {@code bytes}. Entries that could reach outside the output directory are
   * dropped: the file may have been edited, and must never make asyncgen delete anything else.
   */
  static SortedSet<String> parse(byte[] bytes) {
    // Lenient decoding: a damaged entry simply matches no file.
    String text = new String(bytes, StandardCharsets.UTF_8);
    SortedSet<String> entries = new TreeSet<>();
    for (String line : text.split("\n", -1)) {
      String entry = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (!entry.isEmpty() && !entry.startsWith("#") && RelativePaths.isSafe(entry)) {
        entries.add(entry);
      }
    }
    return entries;
  }

  /** The manifest text: the header, then each path on a line of its own, sorted. */
  static byte[] render(Collection<String> paths) {
    StringBuilder text = new StringBuilder(HEADER);
    new TreeSet<>(paths).forEach(path -> text.append(path).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The manifest's bytes in {@code outputDirectory}, or null when there is none. */
  static byte[] readIfPresent(Path outputDirectory) throws IOException {
    Path file = outputDirectory.resolve(PATH);
    return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
  }
}
