package dev.asyncgen.core.output;

import dev.asyncgen.core.load.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides what a run does with each file, from what is on disk and what asyncgen recorded there.
 * A file is asyncgen's to replace or delete only while it has a content asyncgen recorded writing;
 * a file the user changed is left alone with a warning, and one asyncgen never wrote is in the
 * way (an error), unless it already has the generated content.
 */
final class WritePlanner {
  /** The number of files from which hashing is shared among the cores. */
  private static final int PARALLEL_FROM = 64;
  private final Fence fence;
  private final SortedMap<String, Set<String>> known;
  private final SortedSet<String> problems = new TreeSet<>();
  private final List<String> warnings = new ArrayList<>();
  private final SortedMap<String, byte[]> toWrite = new TreeMap<>();
  private final List<String> unchanged = new ArrayList<>();
  private final SortedMap<String, Set<String>> manifest = new TreeMap<>();
  private Map<String, String> contentHashes = Map.of();

  /**
   * @param known path to the hashes asyncgen recorded writing there (empty: recorded by an older
   *     asyncgen, without a hash)
   * @param ignoredEntries manifest entries already ignored, each described, to warn about
   */
  WritePlanner(Fence fence, SortedMap<String, Set<String>> known, List<String> ignoredEntries) {
    this.fence = fence;
    this.known = known;
    ignoredEntries.forEach(entry -> warnings.add("ignored manifest entry " + entry));
  }

  /**
   * The plan for writing {@code contents}.
   *
   * @throws OutputException with every file in the way; nothing has been changed
   */
  WritePlan plan(SortedMap<String, byte[]> contents) {
    contentHashes = hashes(contents);
    contents.forEach(this::planGenerated);
    List<String> toRemove = planStale(contents.keySet());
    if (!problems.isEmpty()) {
      throw new OutputException(List.copyOf(problems));
    }
    SortedMap<String, Set<String>> journal = new TreeMap<>();
    known.forEach((path, hashes) -> journal.put(path, new TreeSet<>(hashes)));
    manifest.forEach((path, hashes) -> journal.computeIfAbsent(path, p -> new TreeSet<>()).addAll(hashes));
    return new WritePlan(toWrite, unchanged, toRemove, journal, manifest, warnings);
  }

  private void planGenerated(String path, byte[] content) {
    String link = fence.firstLink(path);
    if (link != null) {
      problems.add(fence.linkProblem(link));
      return;
    }
    String fileInTheWay = fileWhereFolderIsNeeded(path);
    if (fileInTheWay != null) {
      if (isStillAsWritten(fileInTheWay)) {
        write(path, content); // generated last time, and deleted before writing
      } else {
        problems.add(fence.resolve(fileInTheWay) + " is a file where asyncgen needs a directory; "
            + "move it away or choose another output directory");
      }
      return;
    }
    Path target = fence.resolve(path);
    if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
      write(path, content);
    } else if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      problems.add(target + " is a directory where asyncgen needs to write a file; "
          + "move it away or choose another output directory");
    } else if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      // A FIFO or a device: reading it to compare could hang or never end.
      problems.add(target + " is a special file where asyncgen needs to write a file; "
          + "move it away or choose another output directory");
    } else {
      planExisting(path, content);
    }
  }

  private void planExisting(String path, byte[] content) {
    Path target = fence.resolve(path);
    byte[] current = readOrReport(target);
    if (current == null) {
      return;
    }
    if (Arrays.equals(current, content)) {
      unchanged.add(path); // also adopts an identical file that was not ours
      manifest.put(path, Set.of(contentHashes.get(path)));
    } else if (!known.containsKey(path)) {
      problems.add(target + " exists and was not written by asyncgen; "
          + "move it away or choose another output directory");
    } else if (known.get(path).contains(Sha256.hex(current))) {
      write(path, content);
    } else {
      // Still listed, with what asyncgen wrote: should the user undo their change, it is ours again.
      manifest.put(path, known.get(path));
      warnings.add(known.get(path).isEmpty()
          ? target + " is listed by an older asyncgen without a content hash and differs from what is generated"
              + " now, so it was left as it is; delete it to have asyncgen generate it again"
          : target + " was changed since asyncgen generated it, so it was left as it is; "
              + "delete it to have asyncgen generate it again");
    }
  }

  private void write(String path, byte[] content) {
    toWrite.put(path, content);
    manifest.put(path, Set.of(contentHashes.get(path)));
  }

  /**
   * The hash of every file to generate. Hashing is a tenth of a big spec's run (40 MB at 10,000
   * channels, and no SHA-256 intrinsic with C1 alone), so many files are hashed on all cores.
   */
  private static Map<String, String> hashes(SortedMap<String, byte[]> contents) {
    Stream<Map.Entry<String, byte[]>> files = contents.size() >= PARALLEL_FROM
        ? contents.entrySet().parallelStream() : contents.entrySet().stream();
    return files.collect(Collectors.toMap(Map.Entry::getKey, file -> Sha256.hex(file.getValue())));
  }

  // Only what is still there, still a file, and still as asyncgen wrote it.
  private List<String> planStale(Set<String> generated) {
    List<String> toRemove = new ArrayList<>();
    for (String path : known.keySet()) {
      if (generated.contains(path)) {
        continue;
      }
      String link = fence.firstLink(path);
      Path file = fence.resolve(path);
      if (link != null) {
        warnings.add("ignored manifest entry \"" + path + "\": " + fence.resolve(link)
            + " is a symbolic link, which asyncgen does not follow");
      } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        continue; // the user deleted it, or put a folder there
      } else if (isStillAsWritten(path)) {
        toRemove.add(path);
      } else if (readOrReport(file) != null) {
        warnings.add(known.get(path).isEmpty()
            ? file + " is no longer generated, but is listed by an older asyncgen without a content hash, so it"
                + " was left in place; delete it if you no longer need it"
            : file + " is no longer generated, but was changed since asyncgen generated it, so it was left in"
                + " place; delete it if you no longer need it");
      }
    }
    return toRemove;
  }

  /** Whether {@code path} is a regular file whose content asyncgen recorded writing. */
  private boolean isStillAsWritten(String path) {
    Set<String> hashes = known.get(path);
    Path file = fence.resolve(path);
    if (hashes == null || hashes.isEmpty() || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    byte[] current = readOrReport(file);
    return current != null && hashes.contains(Sha256.hex(current));
  }

  /** The first folder of {@code path} that exists as something other than a folder, or null. */
  private String fileWhereFolderIsNeeded(String path) {
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      Path existing = fence.resolve(path.substring(0, slash));
      if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(existing)) {
        return path.substring(0, slash);
      }
    }
    return null;
  }

  private byte[] readOrReport(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add("cannot read " + file + ": " + IoReasons.of(e));
      return null;
    }
  }
}
