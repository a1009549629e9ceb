package dev.asyncgen.core.output;

import dev.asyncgen.core.load.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes generated files into an output directory without ever touching files it did not
 * generate, or anything outside it.
 *
 * <p>A manifest ({@code .asyncgen/manifest.txt}) records each file the last run generated and the
 * SHA-256 of its content; the next run replaces or deletes a file only while it still has that
 * content. Everything is checked before anything is changed, so a refused run leaves the directory
 * as it was. Files whose content is already right are not rewritten, so their timestamps stay and
 * incremental builds do not recompile them.
 *
 * <p>Safe against its own failures: one run at a time per directory ({@code .asyncgen/lock});
 * each file replaced atomically; a journal ({@code .asyncgen/journal.txt}) lists old and new
 * content while a run writes, so that the run after a crash owns both, finishes the job and
 * removes leftover temporary files; after a write error the manifest lists only what is on disk.
 */
public final class OutputWriter {
  /** The manifest's path relative to the output directory; it is there once a run has written. */
  public static final String MANIFEST = Manifest.PATH;
  /**
   * Where a caller may keep its record of the last run ({@code incremental.RunRecord}), beside the manifest in the
   * folder this writer keeps for itself; relative to the output directory.
   */
  public static final String LAST_RUN = RelativePaths.RESERVED_FOLDER + "/last-run.digest";

  /** How long a run waits for another one writing into the same directory, unless told otherwise. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

  private static final String LOCK = RelativePaths.RESERVED_FOLDER + "/lock";

  /** Told of each file just before its new content replaces the old; tests stop a run there. */
  @FunctionalInterface
  public interface Progress {
    void aboutToReplace(String path);
  }

  private final Path outputDirectory;
  private final Fence fence;
  private final Duration lockTimeout;
  private final Progress progress;

  /**
   * @param outputDirectory where the files go; created when missing. Messages name it as given,
   *     so pass the path the user typed.
   */
  public OutputWriter(Path outputDirectory) {
    this(outputDirectory, DEFAULT_LOCK_TIMEOUT, path -> {});
  }

  private OutputWriter(Path outputDirectory, Duration lockTimeout, Progress progress) {
    this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
    this.fence = new Fence(outputDirectory);
    this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** A writer that waits up to {@code timeout} for another run writing into the same directory. */
  public OutputWriter withLockTimeout(Duration timeout) {
    return new OutputWriter(outputDirectory, timeout, progress);
  }

  /** A writer that reports each file just before replacing it. */
  public OutputWriter withProgress(Progress listener) {
    return new OutputWriter(outputDirectory, lockTimeout, listener);
  }

  /**
   * Writes the generated files and deletes the ones the previous run generated but this one does
   * not, as long as they are still as asyncgen wrote them.
   *
   * @param files relative path with {@code '/'} separators, mapped to the full text of the file,
   *     written as UTF-8 exactly as given
   * @return what was done, with a warning for each file left alone
   * @throws IllegalArgumentException when a path could leave the output directory, is not in
   *     canonical form, or clashes with another path; nothing is written then
   * @throws OutputException when the output directory cannot be used, holds files in the way that
   *     asyncgen did not write, or a write fails; nothing is written in the first two cases
   */
  public WriteSummary write(SortedMap<String, String> files) {
    SortedMap<String, byte[]> contents = encode(files);
    checkOutputDirectory();
    checkBookkeeping();
    if (!Files.isRegularFile(fence.resolve(LOCK), LinkOption.NOFOLLOW_LINKS)) {
      plan(contents); // refuses before the lock file is created, so a refused run leaves no trace
    }
    run("create " + fence.resolve(RelativePaths.RESERVED_FOLDER),
        () -> fence.createFoldersOf(LOCK));
    FolderLock lock = FolderLock.acquire(outputDirectory, fence.resolve(LOCK), lockTimeout);
    try {
      WritePlan plan = plan(contents);
      apply(plan);
      return new WriteSummary(List.copyOf(plan.toWrite().keySet()), plan.unchanged(), plan.toRemove(),
          plan.warnings());
    } finally {
      lock.close();
    }
  }

  // ---- checking paths: programming errors ----

  private static SortedMap<String, byte[]> encode(SortedMap<String, String> files) {
    SortedMap<String, byte[]> contents = new TreeMap<>();
    files.forEach((path, text) -> {
      RelativePaths.requireSafe(path);
      Objects.requireNonNull(text, () -> "content of " + path);
      contents.put(path, text.getBytes(StandardCharsets.UTF_8));
    });
    requireNoClashes(contents.keySet());
    return contents;
  }

  // Compared ignoring case because on Windows and macOS such paths are the same file.
  private static void requireNoClashes(Set<String> paths) {
    Map<String, String> byFolded = new HashMap<>();
    for (String path : paths) {
      String other = byFolded.putIfAbsent(fold(path), path);
      if (other != null) {
        throw new IllegalArgumentException(
            "generated file paths \"" + other + "\" and \"" + path + "\" differ only in case");
      }
    }
    for (String path : paths) {
      for (String folder : folders(path)) {
        String file = byFolded.get(fold(folder));
        if (file != null) {
          throw new IllegalArgumentException(
              "generated file path \"" + file + "\" is also a folder of \"" + path + "\"");
        }
      }
    }
  }

  private static String fold(String path) {
    return path.toLowerCase(Locale.ROOT);
  }

  /** The folders of a relative path, outermost first: {@code a/b/C.java} gives {@code a, a/b}. */
  private static List<String> folders(String path) {
    List<String> folders = new ArrayList<>();
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      folders.add(path.substring(0, slash));
    }
    return folders;
  }

  // ---- checking the directory: user errors ----

  private void checkOutputDirectory() {
    if (Files.exists(outputDirectory)) {
      if (!Files.isDirectory(outputDirectory)) {
        throw new OutputException("output directory " + outputDirectory + " is a file, not a directory");
      }
      if (!Files.isWritable(outputDirectory)) {
        throw new OutputException("output directory " + outputDirectory + " is not writable");
      }
      return;
    }
    Path ancestor = nearestExistingAncestor();
    String cannotCreate = "output directory " + outputDirectory + " cannot be created: ";
    if (!Files.isDirectory(ancestor)) {
      throw new OutputException(cannotCreate + ancestor + " is a file");
    }
    if (!Files.isWritable(ancestor)) {
      throw new OutputException(cannotCreate + describe(ancestor) + " is not writable");
    }
  }

  // Walks the path as given, so that messages never show an absolute path the user did not type.
  private Path nearestExistingAncestor() {
    Path ancestor = outputDirectory.getParent();
    while (ancestor != null && !Files.exists(ancestor)) {
      ancestor = ancestor.getParent();
    }
    return ancestor != null ? ancestor : Path.of("");
  }

  private static String describe(Path folder) {
    return folder.toString().isEmpty() ? "the working directory" : folder.toString();
  }

  private void checkBookkeeping() {
    List<String> problems = new ArrayList<>();
    String link = fence.firstLink(Manifest.PATH);
    Path folder = fence.resolve(RelativePaths.RESERVED_FOLDER);
    Path manifest = fence.resolve(Manifest.PATH);
    if (link != null) {
      problems.add(fence.linkProblem(link));
    } else if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
      problems.add(folder + " is a file where asyncgen keeps its manifest; move it away");
    } else if (Files.isDirectory(manifest)) {
      problems.add(manifest + " is a directory where asyncgen keeps its manifest; move it away");
    }
    for (String file : List.of(Manifest.JOURNAL, LOCK)) {
      if (Files.isSymbolicLink(fence.resolve(file))) {
        problems.add(fence.linkProblem(file));
      }
    }
    if (!problems.isEmpty()) {
      throw new OutputException(problems);
    }
  }

  // ---- planning ----

  private WritePlan plan(SortedMap<String, byte[]> contents) {
    SortedMap<String, Set<String>> known = new TreeMap<>();
    List<String> ignored = new ArrayList<>();
    // The journal's entries too: a run that was stopped may have written any of them.
    for (String file : List.of(Manifest.PATH, Manifest.JOURNAL)) {
      Manifest.Entries entries = Manifest.parse(readBookkeeping(file));
      entries.hashes().forEach((path, hashes) -> known.computeIfAbsent(path, p -> new TreeSet<>()).addAll(hashes));
      entries.ignored().forEach(entry -> ignored.add(entry + " in " + fence.resolve(file)));
    }
    return new WritePlanner(fence, known, ignored).plan(contents);
  }

  private byte[] readBookkeeping(String file) {
    try {
      byte[] bytes = Manifest.readIfPresent(fence.resolve(file));
      return bytes == null ? new byte[0] : bytes;
    } catch (IOException e) {
      throw new OutputException("cannot read " + fence.resolve(file) + ": " + IoReasons.of(e));
    }
  }

  // ---- changing the disk ----

  private void apply(WritePlan plan) {
    removeLeftovers(plan.journal().keySet());
    if (plan.changesFiles()) {
      // Before changing anything, record old and new content as ours: should the run be stopped,
      // the next one knows every file it may find here is asyncgen's, and finishes the job.
      writeBookkeeping(Manifest.JOURNAL, plan.journal());
      try {
        plan.toRemove().forEach(this::remove);
        plan.toWrite().forEach(this::writeFile);
      } catch (OutputException e) {
        recordWhatIsOnDisk(plan.journal(), e);
        throw e;
      }
    }
    removeFoldersLeftEmpty(plan);
    writeBookkeeping(Manifest.PATH, plan.manifest());
    deleteJournal();
  }

  // A stopped run may have created folders for files it never finished writing.
  private void removeFoldersLeftEmpty(WritePlan plan) {
    for (String path : plan.journal().keySet()) {
      if (!plan.manifest().containsKey(path) && fence.firstLink(path) == null) {
        run("delete empty folders above " + fence.resolve(path), () -> removeEmptyFolders(path));
      }
    }
  }

  // Last: until the manifest is complete, the journal is what says which files are ours.
  private void deleteJournal() {
    run("delete " + fence.resolve(Manifest.JOURNAL), () -> Files.deleteIfExists(fence.resolve(Manifest.JOURNAL)));
  }

  /** After a failed write: a manifest of only the files that still have a content asyncgen wrote. */
  private void recordWhatIsOnDisk(SortedMap<String, Set<String>> journal, OutputException failure) {
    SortedMap<String, Set<String>> truth = new TreeMap<>();
    journal.forEach((path, hashes) -> {
      String current = fence.firstLink(path) == null ? currentHash(fence.resolve(path)) : null;
      if (current != null && hashes.contains(current)) {
        truth.put(path, Set.of(current));
      } else if (current != null && hashes.isEmpty()) {
        truth.put(path, Set.of()); // listed by an older asyncgen, and left alone
      }
    });
    try {
      writeBookkeeping(Manifest.PATH, truth);
      deleteJournal();
    } catch (OutputException e) {
      failure.addSuppressed(e); // the journal stays, and the next run still owns what it lists
    }
  }

  private static String currentHash(Path file) {
    try {
      return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Sha256.hex(Files.readAllBytes(file)) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Deletes temporary files a stopped run left beside any file asyncgen may have written. */
  private void removeLeftovers(Set<String> paths) {
    SortedSet<String> folders = new TreeSet<>(List.of("", RelativePaths.RESERVED_FOLDER));
    paths.forEach(path -> folders.add(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : ""));
    for (String folder : folders) {
      if (folder.isEmpty() || fence.firstLink(folder) == null) {
        run("delete temporary files in " + fence.resolve(folder),
            () -> AtomicFiles.removeLeftovers(fence.resolve(folder)));
      }
    }
  }

  private void remove(String path) {
    fence.requireNoLink(path);
    run("delete " + fence.resolve(path), () -> Files.deleteIfExists(fence.resolve(path)));
    run("delete empty folders above " + fence.resolve(path), () -> removeEmptyFolders(path));
  }

  // Innermost first, and never the output directory itself, which is not among the folders.
  private void removeEmptyFolders(String path) throws IOException {
    List<String> folders = folders(path);
    for (int i = folders.size() - 1; i >= 0; i--) {
      if (!deleteIfEmpty(fence.resolve(folders.get(i)))) {
        return;
      }
    }
  }

  private static boolean deleteIfEmpty(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      if (entries.iterator().hasNext()) {
        return false;
      }
    }
    try {
      Files.delete(folder);
      return true;
    } catch (DirectoryNotEmptyException e) {
      return false; // something appeared meanwhile; it is not ours to delete
    }
  }

  private void writeFile(String path, byte[] content) {
    fence.requireNoLink(path); // again: a link may have appeared since planning
    run("write " + fence.resolve(path), () -> {
      fence.createFoldersOf(path);
      AtomicFiles.write(fence.resolve(path), content, () -> progress.aboutToReplace(path));
    });
  }

  private void writeBookkeeping(String file, SortedMap<String, Set<String>> entries) {
    Path target = fence.resolve(file);
    run("write " + target, () -> {
      byte[] content = Manifest.render(entries);
      if (!Arrays.equals(content, Manifest.readIfPresent(target))) {
        fence.createFoldersOf(file);
        AtomicFiles.write(target, content);
      }
    });
  }

  // ---- helpers ----

  private interface IoAction {
    void run() throws IOException;
  }

  private static void run(String what, IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new OutputException("cannot " + what + ": " + IoReasons.of(e));
    }
  }
}
