package dev.asyncgen.cli;

import dev.asyncgen.core.DisplayPaths;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.diff.DiffReport;
import dev.asyncgen.core.diff.DiffRequest;
import dev.asyncgen.core.diff.Level;
import dev.asyncgen.core.diff.SpecDiff;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
        "Classifies every change between two versions of a spec by what it does to the code generated from"
            + " them: to messages on the wire (reader: do consumers built from OLD decode what NEW producers"
            + " send; writer: do NEW consumers accept what OLD code sends) and to user code compiled against"
            + " OLD's generated API. Generated code receives the messages of subscribe operations (the spec's"
            + " application sends them) and sends those of publish operations.",
        "Levels: ERR breaks, WARN breaks in some uses (or the spec cannot tell), INFO is safe. Each finding has"
            + " a stable rule id and fingerprint.",
        "Exit code 0 when no finding is at or above --fail-on, 3 when one is, 1 when either spec has errors,"
            + " 2 for a bad command line."})
final class DiffCommand implements Callable<Integer> {
  static final int FINDINGS_FAIL = 3;

  enum Format { text, json, markdown }

  /** A level to fail on, or NONE to never fail. */
  enum FailOn {
    ERR, WARN, INFO, NONE;

    Level level() {
      return this == NONE ? null : Level.valueOf(name());
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", converter = OptionConverters.SpecPath.class, description = "The spec version generated code was built from.")
  Path oldSpec;

  @Parameters(index = "1", paramLabel = "NEW", converter = OptionConverters.SpecPath.class, description = "The new spec version.")
  Path newSpec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default: file:line:column: LEVEL RULE message), json, or markdown (a changelog).")
  Format format;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "ERR",
      description = "Exit 3 when a finding is at this level or worse: ERR (default), WARN, INFO or NONE.")
  FailOn failOn;

  @Option(names = "--date-time-type", paramLabel = "TYPE", converter = OptionConverters.DateTimeTypeName.class,
      defaultValue = "OffsetDateTime",
      description = "Judge code generated with this --date-time-type (default: ${DEFAULT-VALUE}).")
  DateTimeType dateTimeType;

  @Option(names = "--enforce-required", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Judge code generated with (default) or without --enforce-required.")
  boolean enforceRequired;

  @Option(names = "--closed-enums",
      description = "Judge code generated with --closed-enums (enums that fail on unknown values).")
  boolean closedEnums;

  @Mixin
  ReadOptions readOptions;

  @Override
  public Integer call() {
    GenerationOptions options = new GenerationOptions("asyncgen.diff", dateTimeType, enforceRequired, closedEnums);
    List<String> shown = DisplayPaths.distinct(oldSpec, newSpec);
    ReadRequest oldRequest = readOptions.request(oldSpec).withDisplayPath(shown.get(0));
    ReadRequest newRequest = readOptions.request(newSpec).withDisplayPath(shown.get(1));
    PrintWriter out = spec.commandLine().getOut();
    DiffReport report;
    try {
      report = SpecDiff.diff(new DiffRequest(oldRequest, newRequest, options));
    } catch (SpecException e) {
      if (format != Format.json) {
        throw e;
      }
      // Tools reading JSON get JSON in every case, as from validate --format json.
      out.println(DiffJson.renderErrors(shown.get(0), shown.get(1), e.diagnostics()));
      out.flush();
      return SpecErrorHandler.SPEC_ERROR;
    }
    boolean failed = failOn.level() != null && !report.atLeast(failOn.level()).isEmpty();
    switch (format) {
      case json -> out.println(DiffJson.render(report, failOn.name(), failed));
      case markdown -> out.print(DiffMarkdown.render(report));
      default -> out.print(report.text());
    }
    out.flush();
    return failed ? FINDINGS_FAIL : 0;
  }
}
