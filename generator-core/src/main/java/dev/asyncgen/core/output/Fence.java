package dev.asyncgen.core.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps writes and deletes inside the output directory: nothing below it that is a symbolic link
 * is followed or replaced. The directory itself may be a link; the user chose it.
 *
 * <p>Links are refused rather than replaced: one may point at the user's own files on purpose,
 * and replacing it would silently change where their build reads from.
 */
final class Fence {
  private final Path directory;

  Fence(Path directory) {
    this.directory = directory;
  }

  /** The output directory joined with a relative path with {@code '/'} separators. */
  Path resolve(String relativePath) {
    return relativePath.isEmpty() ? directory : directory.resolve(relativePath);
  }

  /**
   * The first of {@code path}'s folders, or {@code path} itself, that is a symbolic link, as a
   * path relative to the output directory; null when there is none.
   */
  String firstLink(String path) {
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      if (Files.isSymbolicLink(resolve(path.substring(0, slash)))) {
        return path.substring(0, slash);
      }
    }
    return Files.isSymbolicLink(resolve(path)) ? path : null;
  }

  /** The message for a link found by {@link #firstLink}. */
  String linkProblem(String link) {
    return resolve(link) + " is a symbolic link, which asyncgen neither follows nor replaces inside the output"
        + " directory; remove it or choose another output directory";
  }

  /** Throws when a folder of {@code path}, or {@code path} itself, is a symbolic link. */
  void requireNoLink(String path) {
    String link = firstLink(path);
    if (link != null) {
      throw new OutputException(linkProblem(link));
    }
  }

  /**
   * Creates the folders of {@code path} that are missing, one at a time so that a link that
   * appears meanwhile is refused rather than followed.
   */
  void createFoldersOf(String path) throws IOException {
    Files.createDirectories(directory);
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      createFolder(path.substring(0, slash));
    }
  }

  /** Creates the folder {@code path} unless it is there already. */
  void createFolder(String path) throws IOException {
    Path folder = resolve(path);
    try {
      Files.createDirectory(folder);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        requireNoLink(path);
        throw e;
      }
    }
  }
}
