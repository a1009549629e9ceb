package dev.asyncgen.maven;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.diff.AcceptedChanges;
import dev.asyncgen.core.diff.CompatCheck;
import dev.asyncgen.core.diff.DiffReport;
import dev.asyncgen.core.diff.DiffRequest;
import dev.asyncgen.core.diff.Finding;
import dev.asyncgen.core.diff.Level;
import dev.asyncgen.core.diff.SpecDiff;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.GenerationOptions.DateTimeType;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the spec with a baseline (a committed copy of the version the team last accepted) and
 * fails the build on changes at or above {@code failOn} that {@code acceptedChanges} does not list,
 * judged as {@code asyncgen diff} judges them: by what they do to the generated code and the wire.
 */
@Mojo(name = "check-compat", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class CheckCompatMojo extends SpecMojo {
  /** The spec version the team last accepted, committed beside it. */
  @Parameter(property = "asyncgen.compat.baselineSpec", required = true)
  File baselineSpec;

  /** The level that fails the build: {@code ERR}, {@code WARN}, {@code INFO}, or {@code NONE} to only report. */
  @Parameter(property = "asyncgen.compat.failOn", defaultValue = "ERR")
  String failOn;

  /** Accepted changes, one {@code FINGERPRINT reason} per line, {@code #} for comments; a missing file accepts none. */
  @Parameter(property = "asyncgen.compat.acceptedChanges",
      defaultValue = "${project.basedir}/src/main/asyncapi/accepted-changes.txt")
  File acceptedChanges;

  /** Skips the check. */
  @Parameter(property = "asyncgen.compat.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("asyncgen: compatibility check skipped");
      return;
    }
    Path basedir = basedir();
    Level threshold = threshold();
    DateTimeType type = dateTimeType();
    Path accepted = basedir.resolve(acceptedChanges.toPath()).normalize();
    String acceptedPath = Conversions.relative(basedir, accepted);
    ReadRequest baseline = readRequest("baselineSpec", baselineSpec);
    ReadRequest input = readRequest("inputSpec", inputSpec);
    AcceptedChanges acceptedChanges;
    try {
      acceptedChanges = AcceptedChanges.read(accepted, acceptedPath, input.limits());
    } catch (SpecException e) {
      throw new MojoFailureException("asyncgen could not read the accepted changes:\n" + e.getMessage(), e);
    }
    CompatCheck check;
    try {
      DiffReport report = SpecDiff.diff(new DiffRequest(baseline, input,
          new GenerationOptions("asyncgen.compat", type, enforceRequired, closedEnums)));
      check = CompatCheck.of(report, acceptedChanges, threshold);
    } catch (SpecException e) {
      // A headline first, so that each file:line:column line shows on a line of its own.
      throw new MojoFailureException("asyncgen could not compare " + input.displayPath()
          + " with its baseline " + baseline.displayPath() + ":\n" + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoExecutionException("asyncgen: " + e.getMessage(), e);
    }
    for (SourcePosition line : check.stale()) {
      getLog().warn(line + ": this accepted change matches no change any more; remove the line");
    }
    DiffReport report = check.report();
    if (!check.failed()) {
      report.findings().forEach(f -> getLog().info(f + (check.accepted().accepts(f) ? " (accepted)" : "")));
      getLog().info("asyncgen: " + report.oldSpec() + " -> " + report.newSpec() + ": " + report.summary()
          + (threshold == null ? "" : ", none unaccepted at " + threshold + " or worse"));
      return;
    }
    throw new MojoFailureException("asyncgen: " + report.newSpec() + " has " + check.failing().size()
        + " unaccepted change(s) at " + threshold + " or worse against the baseline " + report.oldSpec() + ":\n"
        + check.failing().stream().map(Finding::toString).collect(Collectors.joining("\n"))
        + "\nAdapt to them, or accept them by adding these lines to " + acceptedPath + " (say why):\n"
        + check.failing().stream().map(AcceptedChanges::acceptLine).collect(Collectors.joining("\n")));
  }

  private Level threshold() throws MojoFailureException {
    if (failOn.toUpperCase(Locale.ROOT).equals("NONE")) {
      return null;
    }
    try {
      return Level.named(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("asyncgen: <failOn>: '" + failOn + "' is not one of ERR, WARN, INFO, NONE");
    }
  }
}
