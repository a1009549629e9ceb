package dev.asyncgen.core;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.output.OutputWriter;
import dev.asyncgen.core.output.WriteSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The core's one entry point for generation, shared by the CLI and the Maven plugin. */
public final class Generator {
  private Generator() {}

  /** What to generate from, how, and where. */
  public record Request(ReadRequest read, GenerationOptions options, Path outputDirectory) {
    public Request {
      Objects.requireNonNull(read, "read");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(outputDirectory, "outputDirectory");
      PathOptions.outputDirectory(outputDirectory);
    }
  }

  /** What was written, the warnings met, and how long it took. */
  public record Result(WriteSummary summary, List<Diagnostic> warnings, long millis) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * Generates every file in memory, then writes them; nothing is written when the spec has errors.
   *
   * @throws dev.asyncgen.core.diagnostic.SpecException for errors in the spec or the output directory
   */
  public static Result generate(Request request) {
    long start = System.nanoTime();
    SourceGenerator.Sources sources = SourceGenerator.generate(request.read(), request.options());
    WriteSummary summary = new OutputWriter(request.outputDirectory()).write(sources.files());
    return new Result(summary, sources.warnings(), (System.nanoTime() - start) / 1_000_000);
  }
}
