package dev.asyncgen.core;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Helpers shared by the tests. Surefire runs with the module folder as working directory, so the
 * paths below are relative and show up in messages exactly as written here.
 */
public final class Specs {
  /** The folder of the small per-feature specs. */
  public static final String DIR = "src/test/resources/specs";

  /** The shipped Appwrite document, from the repository root. */
  public static final Path APPWRITE = Path.of("../specs/appwrite-realtime.yaml");

  /** The smallest valid header, for documents written by tests. */
  public static final String HEADER = """
      asyncapi: 2.6.0
      info:
        title: Test
        version: 1.0.0
      """;

  private Specs() {}

  /** A spec under {@link #DIR}, as a relative path. */
  public static Path spec(String relative) {
    return Path.of(DIR, relative);
  }

  public static SpecReader.Result read(Path spec) {
    return SpecReader.read(ReadRequest.of(spec));
  }

  /** Reads a spec that must fail, returning the exception. */
  public static SpecException readFailing(ReadRequest request) {
    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecReader.read(request));
    if (e == null) {
      throw new AssertionError("expected a SpecException reading " + request.spec());
    }
    return e;
  }

  public static SpecException readFailing(Path spec) {
    return readFailing(ReadRequest.of(spec));
  }

  /** Every diagnostic of a failed read, as {@code file:line:col: error: message}. */
  public static List<String> messages(SpecException e) {
    return e.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /**
   * Writes {@code dir/root.yaml}: a channel whose payload is {@code $ref: 'REF'}, the ref's value
   * at line 10, column 17, where reference errors are reported.
   */
  public static Path rootReferring(Path dir, String ref) {
    return write(dir.resolve("root.yaml"), HEADER + """
        channels:
          things:
            subscribe:
              message:
                payload:
                  $ref: '%s'
        """.formatted(ref));
  }

  /** {@link #rootReferring(Path, String)} in either version's shape: the ref's value at line 10, column 17 in both. */
  public static Path rootReferring(SpecShape shape, Path dir, String ref) {
    return shape == SpecShape.V2 ? rootReferring(dir, ref)
        : write(dir.resolve("root.yaml"), shape.oneMessage("        payload:\n          $ref: '%s'\n".formatted(ref)));
  }

  public static Path write(Path file, String text) {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
