package dev.asyncgen.core.output;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
 * generate.
 *
 * <p>A manifest ({@code .asyncgen/manifest.txt}) records which files the last run generated; the
 * next run may replace or delete only those. Everything is checked before anything is changed, so
 * a refused run leaves the directory as it was. Files whose content is already right are not
 * rewritten, so their timestamps stay and incremental builds do not recompile them.
 */
public final class OutputWriter {
  /** The manifest's path relative to the output directory; it is there once a run has written. */
  public static final String MANIFEST = Manifest.PATH;

  private final Path outputDirectory;

  /**
   * @param outputDirectory where the files go; created when missing. Messages name it as given,
   *     so pass the path the user typed.
   */
  public OutputWriter(Path outputDirectory) {
    this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  /**
   * Writes the generated files and deletes the ones the previous run generated but this one does
   * not.
   *
   * @param files relative path with {@code '/'} separators, mapped to the full text of the file,
   *     written as UTF-8 exactly as given
   * @throws IllegalArgumentException when a path could leave the output directory, is not in
   *     canonical form, or clashes with another path; nothing is written then
   * @throws SpecException when the output directory cannot be used or holds files in the way that
   *     asyncgen did not write; nothing is written then either
   */
  public WriteSummary write(SortedMap<String, String> files) {
    SortedMap<String, byte[]> contents = encode(files);
    checkOutputDirectory();
    Plan plan = plan(contents);
    apply(plan);
    return new WriteSummary(
        List.copyOf(plan.toWrite().keySet()), plan.unchanged(), plan.toRemove());
  }

  /** What to do with one generated file. */
  private enum Action {
    WRITE,
    KEEP,
    /** Something is in the way; a problem has been reported. */
    BLOCKED
  }

  /** What a run will do, decided before anything is changed. */
  private record Plan(
      SortedSet<String> previous,
      SortedSet<String> generated,
      SortedMap<String, byte[]> toWrite,
      List<String> unchanged,
      List<String> toRemove) {}

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
        throw error("output directory " + outputDirectory + " is a file, not a directory");
      }
      if (!Files.isWritable(outputDirectory)) {
        throw error("output directory " + outputDirectory + " is not writable");
      }
      return;
    }
    Path ancestor = nearestExistingAncestor();
    String cannotCreate = "output directory " + outputDirectory + " cannot be created: ";
    if (!Files.isDirectory(ancestor)) {
      throw error(cannotCreate + ancestor + " is a file");
    }
    if (!Files.isWritable(ancestor)) {
      throw error(cannotCreate + describe(ancestor) + " is not writable");
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

  // ---- planning ----

  private Plan plan(SortedMap<String, byte[]> contents) {
    List<Diagnostic> problems = new ArrayList<>();
    SortedSet<String> previous = readPreviousManifest(problems);
    checkManifestLocation(problems);
    SortedMap<String, byte[]> toWrite = new TreeMap<>();
    List<String> unchanged = new ArrayList<>();
    contents.forEach((path, content) -> {
      Action action = actionFor(path, content, previous, problems);
      if (action == Action.WRITE) {
        toWrite.put(path, content);
      } else if (action == Action.KEEP) {
        unchanged.add(path);
      }
    });
    if (!problems.isEmpty()) {
      throw new SpecException(problems.stream().sorted().toList());
    }
    SortedSet<String> generated = new TreeSet<>(contents.keySet());
    return new Plan(previous, generated, toWrite, unchanged, stale(previous, generated));
  }

  private SortedSet<String> readPreviousManifest(List<Diagnostic> problems) {
    try {
      byte[] bytes = Files.isDirectory(outputDirectory)
          ? Manifest.readIfPresent(outputDirectory)
          : null;
      return bytes == null ? new TreeSet<>() : Manifest.parse(bytes);
    } catch (IOException e) {
      problems.add(problem("cannot read " + resolve(Manifest.PATH) + ": " + reason(e)));
      return new TreeSet<>();
    }
  }

  private void checkManifestLocation(List<Diagnostic> problems) {
    Path folder = resolve(RelativePaths.RESERVED_FOLDER);
    Path manifest = resolve(Manifest.PATH);
    if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
      problems.add(problem(folder + " is a file where asyncgen keeps its manifest; move it away"));
    } else if (Files.isDirectory(manifest)) {
      problems.add(problem(
          manifest + " is a directory where asyncgen keeps its manifest; move it away"));
    }
  }

  private Action actionFor(
      String path, byte[] content, Set<String> previous, List<Diagnostic> problems) {
    String fileInTheWay = fileWhereFolderIsNeeded(path);
    if (fileInTheWay != null) {
      if (previous.contains(fileInTheWay)) {
        return Action.WRITE; // generated last time, and deleted before writing
      }
      problems.add(problem(resolve(fileInTheWay) + " is a file where asyncgen needs a directory; "
          + "move it away or choose another output directory"));
      return Action.BLOCKED;
    }
    Path target = resolve(path);
    if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
      return Action.WRITE;
    }
    if (Files.isDirectory(target)) {
      problems.add(problem(target + " is a directory where asyncgen needs to write a file; "
          + "move it away or choose another output directory"));
      return Action.BLOCKED;
    }
    return actionForExisting(path, content, previous, problems);
  }

  private Action actionForExisting(
      String path, byte[] content, Set<String> previous, List<Diagnostic> problems) {
    Path target = resolve(path);
    try {
      if (sameContent(target, content)) {
        return Action.KEEP; // also adopts an identical file that was not ours
      }
    } catch (IOException e) {
      problems.add(problem("cannot read " + target + ": " + reason(e)));
      return Action.BLOCKED;
    }
    if (previous.contains(path)) {
      return Action.WRITE;
    }
    problems.add(problem(target + " exists and was not written by asyncgen; "
        + "move it away or choose another output directory"));
    return Action.BLOCKED;
  }

  private static boolean sameContent(Path file, byte[] content) throws IOException {
    // The size check spares reading files that obviously changed.
    return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
  }

  /** The first folder of {@code path} that exists as something other than a folder, or null. */
  private String fileWhereFolderIsNeeded(String path) {
    for (String folder : folders(path)) {
      Path existing = resolve(folder);
      if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(existing)) {
        return folder;
      }
    }
    return null;
  }

  // Only what is still there and still a file: the user may have deleted it, or put a folder there.
  private List<String> stale(Set<String> previous, Set<String> generated) {
    List<String> toRemove = new ArrayList<>();
    for (String path : previous) {
      Path file = resolve(path);
      if (!generated.contains(path) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(file)) {
        toRemove.add(path);
      }
    }
    return toRemove;
  }

  // ---- changing the disk ----

  private void apply(Plan plan) {
    run("create output directory " + outputDirectory,
        () -> Files.createDirectories(outputDirectory));
    // Before writing anything new, record it as ours: if the run is interrupted, the next run
    // still knows these files are asyncgen's and does not refuse to replace them.
    if (!plan.previous().containsAll(plan.generated())) {
      SortedSet<String> both = new TreeSet<>(plan.previous());
      both.addAll(plan.generated());
      writeManifest(both);
    }
    plan.toRemove().forEach(this::remove);
    plan.toWrite().forEach(this::writeFile);
    writeManifest(plan.generated());
  }

  private void remove(String path) {
    run("delete " + resolve(path), () -> Files.deleteIfExists(resolve(path)));
    run("delete empty folders above " + resolve(path), () -> removeEmptyFolders(path));
  }

  // Innermost first, and never the output directory itself, which is not among the folders.
  private void removeEmptyFolders(String path) throws IOException {
    List<String> folders = folders(path);
    for (int i = folders.size() - 1; i >= 0; i--) {
      if (!deleteIfEmpty(resolve(folders.get(i)))) {
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
    Path target = resolve(path);
    run("write " + target, () -> {
      Path parent = target.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.write(target, content);
    });
  }

  private void writeManifest(Set<String> paths) {
    Path file = resolve(Manifest.PATH);
    run("write " + file, () -> {
      byte[] content = Manifest.render(paths);
      if (!Arrays.equals(content, Manifest.readIfPresent(outputDirectory))) {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, content);
      }
    });
  }

  // ---- helpers ----

  private Path resolve(String relativePath) {
    return outputDirectory.resolve(relativePath);
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void run(String what, IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw error("cannot " + what + ": " + reason(e));
    }
  }

  // The JDK's messages for these are just the path, which the caller already names.
  private static String reason(IOException e) {
    if (e instanceof FileSystemException fse) {
      return fse.getReason() != null ? fse.getReason() : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static Diagnostic problem(String message) {
    return Diagnostic.error(null, message);
  }

  private static SpecException error(String message) {
    return new SpecException(List.of(problem(message)));
  }
}
