package dev.asyncgen.core.incremental;

import dev.asyncgen.core.Generator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.output.OutputWriter;
import dev.asyncgen.core.output.WriteSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs the generator only when its output could differ from what the last run left: when the
 * spec, a file it {@code $ref}s, an option or the generator changed, or the generated files are
 * not as that run left them. Otherwise it touches no file.
 */
public final class IncrementalGenerator {
  private final Path recordFile;
  private final String generatorVersion;
  private final Function<Generator.Request, Generator.Result> generator;

  /**
   * @param recordFile where this execution's {@link RunRecord} is kept
   * @param generatorVersion the generator's version, as {@link GeneratorVersion} gives it
   */
  public IncrementalGenerator(Path recordFile, String generatorVersion) {
    this(recordFile, generatorVersion, Generator::generate);
  }

  /** As above, generating with {@code generator}; tests change the spec while it runs. */
  public IncrementalGenerator(Path recordFile, String generatorVersion,
      Function<Generator.Request, Generator.Result> generator) {
    this.recordFile = Objects.requireNonNull(recordFile, "recordFile");
    this.generatorVersion = Objects.requireNonNull(generatorVersion, "generatorVersion");
    this.generator = Objects.requireNonNull(generator, "generator");
  }

  /**
   * What a run did.
   *
   * @param summary what was written, unchanged and removed; null when the output was up to date
   * @param reason why the output was regenerated; null when it was up to date
   * @param warnings the warnings of the run that generated the output, which may be an earlier one
   */
  public record Outcome(WriteSummary summary, String reason, List<String> warnings, long millis) {
    public boolean upToDate() {
      return summary == null;
    }
  }

  /**
   * Regenerates when needed.
   *
   * @throws dev.asyncgen.core.diagnostic.SpecException for errors in the spec, and
   *     {@link dev.asyncgen.core.output.OutputException} when the output directory cannot be
   *     written; the next run tries again
   * @throws UncheckedIOException when the record cannot be written or removed
   */
  public Outcome generate(Generator.Request request) {
    Optional<RunRecord> last = RunRecord.read(recordFile);
    Optional<String> reason = last.isEmpty()
        ? Optional.of("no earlier run is recorded")
        : staleness(last.get(), request);
    if (reason.isEmpty()) {
      return new Outcome(null, null, last.get().warnings(), 0);
    }
    // Forget the last run first: should this one stop halfway, the next must not trust the output.
    delete(recordFile);
    // The spec is read once, and the digest made from the hashes of the very bytes generated
    // from: should a spec file change meanwhile, the next run sees the difference and regenerates.
    long start = System.currentTimeMillis();
    Generator.Result result = generator.apply(request);
    List<RunRecord.SpecFile> specFiles =
        result.inputs().stream().map(read -> RunRecord.SpecFile.afterRun(read, start)).toList();
    Optional<String> digest = Fingerprint.of(request, result.inputs(), generatorVersion);
    List<String> warnings = result.warnings().stream().map(Diagnostic::toString).toList();
    new RunRecord(digest, request.outputDirectory(), specFiles, outputs(request, result.summary()), warnings)
        .write(recordFile);
    return new Outcome(result.summary(), reason.get(), warnings, result.millis());
  }

  /** Why the output recorded in {@code last} may not be what {@code request} would generate. */
  private Optional<String> staleness(RunRecord last, Generator.Request request) {
    Path out = request.outputDirectory();
    if (!last.outputDirectory().equals(out)) {
      return Optional.of("the output directory changed");
    }
    if (!Files.isRegularFile(out.resolve(OutputWriter.MANIFEST))) {
      return Optional.of("the output directory or its manifest is missing");
    }
    Optional<RunRecord.Output> changed = OutputCheck.firstChanged(last.outputs(), out);
    if (changed.isPresent()) {
      return Optional.of("generated file " + changed.get().path() + " was changed or deleted");
    }
    if (last.digest().isEmpty()) {
      return Optional.of("the spec has remote $refs, which are fetched again on every build");
    }
    Optional<String> now;
    try {
      now = Fingerprint.of(request, Fingerprint.readNow(last.specFiles(), request.read().limits().maxBytes()), generatorVersion);
    } catch (IOException e) {
      return Optional.of(e.getMessage()); // generating again reports it where the spec refers to it
    }
    if (!now.equals(last.digest())) {
      return Optional.of("the spec, a $ref'd file, an option or the generator changed");
    }
    return Optional.empty();
  }

  private static List<RunRecord.Output> outputs(Generator.Request request, WriteSummary summary) {
    // A file that is already gone again is recorded as one that never matches: the next run
    // regenerates.
    return Stream.concat(summary.written().stream(), summary.unchanged().stream())
        .sorted()
        .map(path -> RunRecord.Output.stat(request.outputDirectory(), path)
            .orElse(new RunRecord.Output(path, -1, -1)))
        .toList();
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }
}
