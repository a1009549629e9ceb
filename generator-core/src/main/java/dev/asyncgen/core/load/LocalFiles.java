package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;

/**
 * The one way asyncgen reads a file the user gives it (a spec, a file it references, a list of
 * accepted changes): only a regular file (a FIFO would block, a device such as /dev/zero never
 * ends), never more than the size limit, and as strict UTF-8 with an optional byte order mark.
 * Every problem is a {@link SpecException} naming the file.
 */
public final class LocalFiles {
  private LocalFiles() {}

  /**
   * Reads and decodes a local file.
   *
   * @param what what the file should be, for the message when it is a directory: {@code spec file}
   */
  public static String readText(Path path, SourceFile file, LoadLimits limits, String what) {
    return decodeUtf8(file, read(path, file, null, limits, what));
  }

  /**
   * Reads a local file's bytes; the size limit is checked before reading and again while reading,
   * in case the file grows in between.
   *
   * @param referencedFrom where a reference to the file was written, for the message; null for a
   *     file the user named
   */
  static byte[] read(Path path, SourceFile file, SourcePosition referencedFrom, LoadLimits limits, String what) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw fail(file, referencedFrom, "is a directory, not a " + what);
      }
      if (!attributes.isRegularFile()) {
        throw fail(file, referencedFrom, "is not a regular file (a FIFO, device or socket);"
            + " asyncgen reads only regular files");
      }
      limits.checkSize(file, attributes.size());
      try (InputStream in = Files.newInputStream(path)) {
        return limits.readAtMost(file, in);
      }
    } catch (NoSuchFileException e) {
      throw fail(file, referencedFrom, referencedFrom == null ? "does not exist"
          : "does not exist (a relative $ref is resolved against the folder of the file that holds it)");
    } catch (AccessDeniedException e) {
      throw fail(file, referencedFrom, "cannot be read: permission denied");
    } catch (IOException e) {
      throw fail(file, referencedFrom, "cannot be read: " + reason(e));
    }
  }

  /** Strict UTF-8, without a leading byte order mark; an invalid byte is an error at its line and column. */
  static String decodeUtf8(SourceFile file, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8Offset(bytes);
      String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new SpecException(new SourcePosition(file, line, column),
          String.format(Locale.ROOT, "the file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xFF, bad));
    }
  }

  private static int firstInvalidUtf8Offset(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /**
   * What went wrong: never the absolute path that a file system exception's message starts with,
   * and never "null" (the HTTP client's ConnectException has no message; its cause says why).
   */
  static String reason(IOException e) {
    if (e instanceof FileSystemException fileSystem) {
      return fileSystem.getReason() == null ? e.getClass().getSimpleName() : fileSystem.getReason();
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        return cause.getMessage();
      }
    }
    return e instanceof ConnectException ? "could not connect" : e.getClass().getSimpleName();
  }

  static SpecException fail(SourceFile file, SourcePosition referencedFrom, String problem) {
    if (referencedFrom == null) {
      return new SpecException(List.of(Diagnostic.error(null, file.displayPath() + " " + problem)));
    }
    return new SpecException(referencedFrom, "referenced file " + file.displayPath() + " " + problem);
  }
}
