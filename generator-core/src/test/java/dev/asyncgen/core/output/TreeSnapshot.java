package dev.asyncgen.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Everything under a folder that a write could change: names, kinds, contents and timestamps. */
final class TreeSnapshot {
  private TreeSnapshot() {}

  /** Relative path to a description of the entry; equal maps mean nothing changed. */
  static Map<String, String> of(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    if (!Files.exists(root)) {
      return entries;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.forEach(path -> entries.put(root.relativize(path).toString(), describe(path)));
    }
    return entries;
  }

  private static String describe(Path path) {
    try {
      String modified = Files.getLastModifiedTime(path).toString();
      return Files.isDirectory(path)
          ? "folder modified " + modified
          : "file modified " + modified + ": " + new String(Files.readAllBytes(path), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
