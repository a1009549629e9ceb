package dev.asyncgen.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Replaces a file's content so that readers, and a crash, see either the old or the new bytes. */
final class AtomicFiles {
  private static final String TEMP_GLOB = ".asyncgen-*.tmp";

  private AtomicFiles() {}

  /**
   * Writes {@code content} to a temporary file beside {@code target}, then moves it over
   * {@code target}. The parent folder must exist.
   */
  static void write(Path target, byte[] content) throws IOException {
    write(target, content, () -> {});
  }

  /** As {@link #write(Path, byte[])}, running {@code beforeMove} once the temporary file is complete. */
  static void write(Path target, byte[] content, Runnable beforeMove) throws IOException {
    Path temp = tempFileFor(target);
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        out.write(content);
      }
      beforeMove.run();
      moveOver(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Deletes the temporary files a stopped run left in {@code folder}; only regular files named as
   * {@link #write} names them, and nothing when {@code folder} is a link or missing.
   */
  static void removeLeftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, TEMP_GLOB)) {
      for (Path leftover : leftovers) {
        if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(leftover);
        }
      }
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
