package dev.asyncgen.core.output;

import java.io.IOException;
import java.nio.file.FileSystemException;

/** The operating system's reason for an I/O error, without the path that messages name already. */
final class IoReasons {
  private IoReasons() {}

  // The JDK's messages for these are just the path; the reason is apart, and sometimes missing.
  static String of(IOException e) {
    if (e instanceof FileSystemException fse) {
      return fse.getReason() != null ? fse.getReason() : readable(e.getClass().getSimpleName());
    }
    return e.getMessage() != null ? e.getMessage() : readable(e.getClass().getSimpleName());
  }

  // FileAlreadyExistsException reads "file already exists", which is what the OS would say.
  private static String readable(String exceptionName) {
    String words = exceptionName.replaceAll("Exception$", "").replaceAll("([a-z])([A-Z])", "$1 $2");
    return words.toLowerCase(java.util.Locale.ROOT);
  }
}
