package dev.asyncgen.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the specs the benchmarks read on disk: the core reads a spec from a path, and the jar
 * carries the Appwrite spec inside so that it runs from any folder.
 */
final class SpecFilesOnDisk {
  private SpecFilesOnDisk() {}

  /** A fresh copy of {@code specs/appwrite-realtime.yaml} in a temporary folder. */
  static Path appwrite() {
    try (InputStream in = SpecFilesOnDisk.class.getResourceAsStream("appwrite-realtime.yaml")) {
      if (in == null) {
        throw new IllegalStateException("appwrite-realtime.yaml is missing from the benchmarks jar");
      }
      Path file = Files.createTempDirectory("asyncgen-bench").resolve("appwrite-realtime.yaml");
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A synthetic spec with {@code size} channels and {@code size} schemas, in a temporary folder. */
  static Path synthetic(int size) {
    try {
      Path file = Files.createTempDirectory("asyncgen-bench").resolve("synthetic-" + size + ".yaml");
      return SyntheticSpec.write(file, size, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
