package dev.asyncgen.core.incremental;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.load.ReadFile;
import dev.asyncgen.core.load.Sha256;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A SHA-256 digest of everything that decides what a run generates: the request (spec path, how
 * the spec is named in headers, read limits, generation options, output directory), the hash of
 * every spec file read (the root and each {@code $ref}'d file), and the generator's version.
 */
public final class Fingerprint {
  /** Changes whenever what goes into the digest changes, so that older digests never match. */
  private static final String FORMAT = "asyncgen-fingerprint 2";

  private Fingerprint() {}

  /**
   * The digest, or empty when a spec file is remote (fetched again on every build, so never up to
   * date).
   *
   * @param inputs every file the spec was read from, root first, with the hash of its bytes: from
   *     the run that generated, so that the digest describes exactly what was generated from
   */
  public static Optional<String> of(Generator.Request request, List<ReadFile> inputs, String generatorVersion) {
    MessageDigest digest = Sha256.newDigest();
    field(digest, "format", FORMAT);
    field(digest, "generator", generatorVersion);
    field(digest, "request", describe(request));
    for (ReadFile input : inputs) {
      if (!"file".equals(input.uri().getScheme())) {
        return Optional.empty();
      }
      field(digest, "file", input.uri() + " " + input.sha256());
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * The local files as they are now, each with the hash of its bytes. A file whose size and
   * modification time are those recorded with its hash is taken to hold those bytes, as make and
   * rsync take it, and is not read again; see {@link RunRecord.SpecFile#afterRun}. Only regular files
   * within the size limit are read: one that became a FIFO or a device would hang or never end here,
   * before the reader could refuse it.
   *
   * @param maxBytes the size limit of the run's reads
   * @throws IOException with a message naming the file that cannot be read, and why
   */
  public static List<ReadFile> readNow(List<RunRecord.SpecFile> files, long maxBytes) throws IOException {
    List<ReadFile> now = new ArrayList<>();
    for (RunRecord.SpecFile recorded : files) {
      Path file = Path.of(recorded.uri());
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
          throw new IOException("spec file " + file + " is not a regular file any more");
        }
        if (attributes.size() > maxBytes) {
          throw new IOException("spec file " + file + " is larger than the limit of " + maxBytes + " bytes");
        }
        now.add(new ReadFile(recorded.uri(), recorded.vouchesFor(attributes)
            ? recorded.sha256()
            : Sha256.hex(Files.readAllBytes(file))));
      } catch (NoSuchFileException e) {
        throw new IOException("spec file " + file + " no longer exists", e);
      } catch (FileSystemException e) {
        String reason = e.getReason() != null ? e.getReason() : e.toString();
        throw new IOException("spec file " + file + " cannot be read: " + reason, e);
      }
    }
    return now;
  }

  /**
   * Every component of a record, and of the records it holds, named: a component added to
   * Generator.Request or what it holds is part of the digest without changing this class. Read
   * through reflection rather than the records' toString(), whose first call costs a cold build
   * about 10 ms (it is made by method handles at run time).
   */
  public static String describe(Object value) {
    if (!(value instanceof Record)) {
      return String.valueOf(value);
    }
    StringBuilder text = new StringBuilder(value.getClass().getSimpleName()).append('[');
    RecordComponent[] components = value.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      if (i > 0) {
        text.append(", ");
      }
      Object component;
      try {
        component = components[i].getAccessor().invoke(value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + components[i], e);
      }
      text.append(components[i].getName()).append('=').append(describe(component));
    }
    return text.append(']').toString();
  }

  // Each field on a line of its own, named, so that no two different inputs give the same stream.
  private static void field(MessageDigest digest, String name, String value) {
    String escaped = value.replace("\\", "\\\\").replace("\n", "\\n");
    digest.update((name + " " + escaped + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
