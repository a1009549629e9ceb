package dev.asyncgen.core;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.ReadFile;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.model.AsyncApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The core's entry point for reading: loads, validates, resolves and models one AsyncAPI 2.x spec. */
public final class SpecReader {
  private SpecReader() {}

  /**
   * The resolved model, the warnings met on the way, and every file read.
   *
   * @param inputs each spec file read, root first, with the hash of the exact bytes parsed
   */
  public record Result(AsyncApi api, List<Diagnostic> warnings, List<ReadFile> inputs) {
    public Result {
      warnings = List.copyOf(warnings);
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * Reads {@code request.spec()}.
   *
   * @throws dev.asyncgen.core.diagnostic.SpecException with every error, when the spec has any
   */
  public static Result read(ReadRequest request) {
    Diagnostics diagnostics = new Diagnostics();
    SourceFile root = new SourceFile(realPath(request.spec()).toUri(), request.displayPath());
    SpecFiles files = new SpecFiles(request.limits());
    AsyncApi api = DocumentReader.read(root, files, request.allowRemoteRefs(), request.refRoot(), diagnostics);
    return new Result(api, diagnostics.warnings(), files.readFiles());
  }

  private static Path realPath(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
