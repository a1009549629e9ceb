package dev.asyncgen.core.incremental;

import dev.asyncgen.core.load.ReadFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last successful run generated from and into, so that the next run can tell it has nothing to do
 * without reading the spec. The Maven plugin keeps one per execution under {@code target/asyncgen/}; the
 * command line keeps one in the output directory, {@code .asyncgen/last-run.digest}.
 *
 * @param digest the {@link Fingerprint} of the run's inputs; empty when they could not be
 *     fingerprinted (a remote {@code $ref}), which makes every later run regenerate
 * @param outputDirectory where the run generated, absolute
 * @param specFiles every spec file the run read, root first
 * @param outputs every file the run generated, as it was right after the run
 * @param warnings the run's warnings, logged again by runs that find the output up to date
 */
public record RunRecord(
    Optional<String> digest,
    Path outputDirectory,
    List<SpecFile> specFiles,
    List<Output> outputs,
    List<String> warnings) {
  // A line per field; 10,000 outputs read in a few milliseconds, where java.util.Properties took 100 ms cold.
  private static final String FORMAT = "2";
  private static final String COMMENT = "# asyncgen: what this execution last generated; delete to regenerate";

  public RunRecord {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    specFiles = List.copyOf(specFiles);
    outputs = List.copyOf(outputs);
    warnings = List.copyOf(warnings);
  }

  /**
   * One spec file the run read: the hash of the bytes it generated from, and the file's size and
   * modification time when they vouch for that hash (both -1 when they do not).
   */
  public record SpecFile(URI uri, String sha256, long size, long lastModifiedMillis) {
    /**
     * How far before the run's start a file must have been modified for its size and time to vouch
     * for its bytes: a file system may round times down by up to two seconds (FAT), so a file written
     * during the run may carry a time before its start.
     */
    static final long RACY_MILLIS = 2_000;

    public SpecFile {
      Objects.requireNonNull(uri, "uri");
      Objects.requireNonNull(sha256, "sha256");
    }

    /** A file known by its hash alone: the next run reads its bytes again. */
    public static SpecFile hashed(ReadFile read) {
      return new SpecFile(read.uri(), read.sha256(), -1, -1);
    }

    /**
     * {@code read} with its size and time as they are now, when those vouch for the bytes read: the
     * file was last modified well before the run began, so the run read what it holds now. Otherwise
     * (changed during the run or just before, remote, gone) known by its hash alone.
     */
    public static SpecFile afterRun(ReadFile read, long runStartMillis) {
      if (!"file".equals(read.uri().getScheme())) {
        return hashed(read);
      }
      try {
        BasicFileAttributes attributes = Files.readAttributes(Path.of(read.uri()), BasicFileAttributes.class);
        long modified = attributes.lastModifiedTime().toMillis();
        return attributes.isRegularFile() && modified < runStartMillis - RACY_MILLIS
            ? new SpecFile(read.uri(), read.sha256(), attributes.size(), modified)
            : hashed(read);
      } catch (IOException | RuntimeException e) {
        return hashed(read);
      }
    }

    /** Whether a file of this size and time holds the bytes this record hashed. */
    boolean vouchesFor(BasicFileAttributes now) {
      return size >= 0 && now.size() == size && now.lastModifiedTime().toMillis() == lastModifiedMillis;
    }
  }

  /**
   * One generated file, by its path relative to the output directory, with the size and
   * modification time it had when the run ended.
   */
  public record Output(String path, long size, long lastModifiedMillis) {
    /** The file as it is now in {@code outputDirectory}; empty when it is missing or not a file. */
    public static Optional<Output> stat(Path outputDirectory, String path) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(
            outputDirectory.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return attributes.isRegularFile()
            ? Optional.of(new Output(path, attributes.size(), attributes.lastModifiedTime().toMillis()))
            : Optional.empty();
      } catch (IOException | InvalidPathException e) {
        return Optional.empty();
      }
    }

    /** Whether the file is still there, unchanged in size and modification time. */
    public boolean isUnchangedIn(Path outputDirectory) {
      // Compared field by field: a record's equals() is made at run time by method handles, and
      // its first call would cost every unchanged build about 15 ms.
      return stat(outputDirectory, path)
          .filter(now -> now.size == size && now.lastModifiedMillis == lastModifiedMillis)
          .isPresent();
    }
  }

  /** Where the record of the execution {@code executionId} lives in {@code folder}. */
  public static Path file(Path folder, String executionId) {
    return folder.resolve(executionId.replaceAll("[^A-Za-z0-9._-]", "_") + ".digest");
  }

  /**
   * The record in {@code file}; empty when there is none or it cannot be read as one (an older
   * format, say), which simply makes the next run regenerate.
   */
  public static Optional<RunRecord> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (!COMMENT.equals(reader.readLine()) || !("format " + FORMAT).equals(reader.readLine())) {
        return Optional.empty();
      }
      String digest = null;
      Path outputDirectory = null;
      List<SpecFile> specFiles = new ArrayList<>();
      List<Output> outputs = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int space = line.indexOf(' ');
        String value = unescape(line.substring(space + 1));
        switch (line.substring(0, space)) {
          case "digest" -> digest = value;
          case "outputDirectory" -> outputDirectory = Path.of(value);
          case "spec" -> {
            String[] parts = value.split(" ", 4);
            specFiles.add(new SpecFile(URI.create(parts[3]), parts[2], Long.parseLong(parts[0]),
                Long.parseLong(parts[1])));
          }
          case "output" -> {
            String[] parts = value.split(" ", 3);
            outputs.add(new Output(parts[2], Long.parseLong(parts[0]), Long.parseLong(parts[1])));
          }
          case "warning" -> warnings.add(value);
          default -> {
            return Optional.empty();
          }
        }
      }
      return Optional.of(new RunRecord(Optional.ofNullable(digest),
          Objects.requireNonNull(outputDirectory, "outputDirectory"), specFiles, outputs, warnings));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes this record to {@code file}, replacing it whole. */
  public void write(Path file) {
    StringBuilder text = new StringBuilder(COMMENT).append('\n');
    line(text, "format", FORMAT);
    digest.ifPresent(value -> line(text, "digest", value));
    line(text, "outputDirectory", outputDirectory.toString());
    for (SpecFile spec : specFiles) {
      line(text, "spec", spec.size() + " " + spec.lastModifiedMillis() + " " + spec.sha256() + " " + spec.uri());
    }
    for (Output output : outputs) {
      line(text, "output", output.size() + " " + output.lastModifiedMillis() + " " + output.path());
    }
    warnings.forEach(warning -> line(text, "warning", warning));
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  // One field per line: a value's backslashes and line breaks are escaped, so that no value ends its line early.
  private static void line(StringBuilder text, String key, String value) {
    text.append(key).append(' ');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
    text.append('\n');
  }

  private static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder text = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char next = value.charAt(++i);
      text.append(switch (next) {
        case 'n' -> '\n';
        case 'r' -> '\r';
        case '\\' -> '\\';
        default -> throw new IllegalArgumentException("unknown escape \\" + next);
      });
    }
    return text.toString();
  }
}
