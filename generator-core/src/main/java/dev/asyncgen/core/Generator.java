package dev.asyncgen.core;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.load.ReadFile;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.output.OutputWriter;
import dev.asyncgen.core.output.WriteSummary;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /**
   * What was written, the warnings met, what was read, and how long it took.
   *
   * @param inputs each spec file read (once), root first, with the hash of the exact bytes
   *     generated from; a caller that keeps a digest of its inputs takes it from these
   */
  public record Result(WriteSummary summary, List<Diagnostic> warnings, List<ReadFile> inputs, long millis) {
    public Result {
      warnings = List.copyOf(warnings);
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * Generates every file in memory, then writes them; nothing is written when the spec has errors.
   *
   * @return the summary, and the warnings about the spec followed by those about the output directory
   * @throws dev.asyncgen.core.diagnostic.SpecException for errors in the spec
   * @throws dev.asyncgen.core.output.OutputException when the output directory cannot be written
   */
  public static Result generate(Request request) {
    long start = System.nanoTime();
    SourceGenerator.Sources sources = SourceGenerator.generate(request.read(), request.options());
    WriteSummary summary = new OutputWriter(request.outputDirectory()).write(sources.files());
    List<Diagnostic> warnings = new ArrayList<>(sources.warnings());
    summary.warnings().forEach(warning -> warnings.add(Diagnostic.warning(null, warning)));
    return new Result(summary, warnings, sources.inputs(), (System.nanoTime() - start) / 1_000_000);
  }
}
