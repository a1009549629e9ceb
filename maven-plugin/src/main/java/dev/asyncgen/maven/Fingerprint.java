package dev.asyncgen.maven;

import dev.asyncgen.core.Generator;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A SHA-256 digest of everything that decides what a run generates: the request (spec path, how
 * the spec is named in headers, read limits, generation options, output directory), the bytes of
 * every spec file read (the root and each {@code $ref}'d file), and the generator's version.
 */
final class Fingerprint {
  /** Changes whenever what goes into the digest changes, so that older digests never match. */
  private static final String FORMAT = "asyncgen-fingerprint 1";

  private Fingerprint() {}

  /**
   * The digest, or empty when a spec file cannot be hashed: it is missing or unreadable (the next
   * generation reports why), or it is remote (fetched again on every build, so never up to date).
   *
   * @param specFiles every file the spec was read from, root first, as reported by the reader
   */
  static Optional<String> of(Generator.Request request, List<URI> specFiles, String generatorVersion) {
    MessageDigest digest = newSha256();
    field(digest, "format", FORMAT);
    field(digest, "generator", generatorVersion);
    field(digest, "request", describe(request));
    for (URI uri : specFiles) {
      if (!"file".equals(uri.getScheme())) {
        return Optional.empty();
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(Path.of(uri));
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
      field(digest, "file", uri + " " + bytes.length);
      digest.update(bytes);
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Every component of a record, and of the records it holds, named: a component added to
   * Generator.Request or what it holds is part of the digest without changing this class. Read
   * through reflection rather than the records' toString(), whose first call costs a cold build
   * about 10 ms (it is made by method handles at run time).
   */
  static String describe(Object value) {
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

  /** The SHA-256 of {@code bytes}, in lower-case hex. */
  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(newSha256().digest(bytes));
  }

  // Each field on a line of its own, named, so that no two different inputs give the same stream.
  private static void field(MessageDigest digest, String name, String value) {
    String escaped = value.replace("\\", "\\\\").replace("\n", "\\n");
    digest.update((name + " " + escaped + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
