package dev.asyncgen.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Replaces a file's content so that readers, and a crash, see either the old or the new bytes. */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code content} to a temporary file beside {@code target}, then moves it over
   * {@code target}. The parent folder must exist.
   */
  static void write(Path target, byte[] content) throws IOException {
    Path temp = tempFileFor(target);
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        out.write(content);
      }
      moveOver(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  // Same folder, so the move is a rename on one file system. Not Files.createTempFile: its
  // owner-only permissions would end up on the generated file. A short name, so that a long
  // target name cannot make the temporary one too long.
  private static Path tempFileFor(Path target) {
    return target.resolveSibling(".asyncgen-" + UUID.randomUUID() + ".tmp");
  }

  private static void moveOver(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
