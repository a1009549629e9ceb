package dev.asyncgen.core.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files asyncgen generated in an output directory, each with the SHA-256 of the content it
 * wrote, so that the next run replaces or deletes a file only while it still has that content.
 *
 * <p>One line per file: {@code <sha256> <path>}. A path may have several lines (the journal lists
 * old and new content while a run writes). A line that is a path alone comes from an older
 * asyncgen, which recorded no hashes: such a file is never replaced or deleted unless it already
 * has the content this run generates.
 */
final class Manifest {
  /** Where the manifest lives, relative to the output directory. */
  static final String PATH = RelativePaths.RESERVED_FOLDER + "/manifest.txt";

  /**
   * The manifest of a run that is changing files: the previous entries and the new ones. Present
   * only while a run writes, or after one was stopped; the next run then owns both.
   */
  static final String JOURNAL = RelativePaths.RESERVED_FOLDER + "/journal.txt";

  private static final String HEADER = "# Written by asyncgen: the SHA-256 and path of each file it generated"
      + " here. It replaces or deletes one only while it still has that content.\n";

  private static final Pattern HASHED = Pattern.compile("([0-9a-f]{64}) (.+)");

  private Manifest() {}

  /**
   * What a manifest lists.
   *
   * @param hashes path to the hashes of the content asyncgen wrote there; empty for an entry
   *     without a hash
   * @param ignored a description of each entry that could reach outside the output directory
   */
  record Entries(SortedMap<String, Set<String>> hashes, List<String> ignored) {}

  /**
   * The entries in {@code bytes}. Entries that could reach outside the output directory are
   * ignored: the file may have been edited, and must never make asyncgen delete anything else.
   */
  static Entries parse(byte[] bytes) {
    // Lenient decoding: a damaged entry simply matches no file.
    String text = new String(bytes, StandardCharsets.UTF_8);
    SortedMap<String, Set<String>> hashes = new TreeMap<>();
    List<String> ignored = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String entry = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      Matcher hashed = HASHED.matcher(entry);
      String path = hashed.matches() ? hashed.group(2) : entry;
      String problem = RelativePaths.problem(path);
      if (problem != null) {
        ignored.add("\"" + path + "\" " + problem);
        continue;
      }
      Set<String> known = hashes.computeIfAbsent(path, p -> new TreeSet<>());
      if (hashed.matches()) {
        known.add(hashed.group(1));
      }
    }
    return new Entries(hashes, ignored);
  }

  /** The manifest text: the header, then a line for each path and hash, sorted. */
  static byte[] render(Map<String, ? extends Set<String>> hashes) {
    StringBuilder text = new StringBuilder(HEADER);
    new TreeMap<>(hashes).forEach((path, pathHashes) -> {
      SortedSet<String> sorted = new TreeSet<>(pathHashes);
      if (sorted.isEmpty()) {
        text.append(path).append('\n');
      }
      sorted.forEach(hash -> text.append(hash).append(' ').append(path).append('\n'));
    });
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The bytes of {@code file}, or null when there is no such regular file; never follows a link. */
  static byte[] readIfPresent(Path file) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
  }
}
