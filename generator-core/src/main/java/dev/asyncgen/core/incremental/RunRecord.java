package dev.asyncgen.core.incremental;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

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
    List<URI> specFiles,
    List<Output> outputs,
    List<String> warnings) {
  private static final String FORMAT = "1";

  public RunRecord {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    specFiles = List.copyOf(specFiles);
    outputs = List.copyOf(outputs);
    warnings = List.copyOf(warnings);
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
      } catch (IOException e) {
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
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
      if (!FORMAT.equals(properties.getProperty("format"))) {
        return Optional.empty();
      }
      List<URI> specFiles = list(properties, "spec").stream().map(URI::create).toList();
      List<Output> outputs = new ArrayList<>();
      for (String line : list(properties, "output")) {
        String[] parts = line.split(" ", 3);
        outputs.add(new Output(parts[2], Long.parseLong(parts[0]), Long.parseLong(parts[1])));
      }
      return Optional.of(new RunRecord(
          Optional.ofNullable(properties.getProperty("digest")),
          Path.of(properties.getProperty("outputDirectory")),
          specFiles,
          outputs,
          list(properties, "warning")));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes this record to {@code file}, replacing it whole. */
  public void write(Path file) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("format", FORMAT);
    digest.ifPresent(value -> properties.put("digest", value));
    properties.put("outputDirectory", outputDirectory.toString());
    put(properties, "spec", specFiles.stream().map(URI::toString).toList());
    put(properties, "output", outputs.stream()
        .map(o -> o.size() + " " + o.lastModifiedMillis() + " " + o.path()).toList());
    put(properties, "warning", warnings);
    String text = PropertiesText.of("asyncgen: what this execution last generated; delete to regenerate", properties);
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

  private static void put(Map<String, String> properties, String key, List<String> values) {
    properties.put(key + ".count", Integer.toString(values.size()));
    for (int i = 0; i < values.size(); i++) {
      properties.put(key + "." + i, values.get(i));
    }
  }

  private static List<String> list(Properties properties, String key) {
    int count = Integer.parseInt(properties.getProperty(key + ".count"));
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(Objects.requireNonNull(properties.getProperty(key + "." + i), key + "." + i));
    }
    return values;
  }
}
