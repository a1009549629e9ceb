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
    return resource("appwrite-realtime.yaml");
  }

  /** A fresh copy of the Appwrite spec as the official converter writes it in AsyncAPI 3.0. */
  static Path appwriteV3() {
    return resource("appwrite-realtime-3.0.yaml");
  }

  private static Path resource(String name) {
    try (InputStream in = SpecFilesOnDisk.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the benchmarks jar");
      }
      Path file = Files.createTempDirectory("asyncgen-bench").resolve(name);
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
