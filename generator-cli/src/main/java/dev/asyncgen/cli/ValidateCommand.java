package dev.asyncgen.cli;

import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.PrintableText;
import dev.asyncgen.core.diagnostic.SpecException;
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
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
        "Checks a spec the way generate does, and reports every problem at once, sorted by position:"
            + " file:line:column: error|warning: message.",
        "Exit code 0 without errors (warnings allowed), 1 with errors, or with warnings under --strict."})
final class ValidateCommand implements Callable<Integer> {
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPEC", converter = OptionConverters.SpecPath.class,
      description = "AsyncAPI 2.0-2.6, 3.0 or 3.1 document (YAML or JSON).")
  Path specFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default) or json, for tools and CI.")
  Format format;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  @Mixin
  ReadOptions readOptions;

  @Override
  public Integer call() {
    List<Diagnostic> diagnostics;
    try {
      diagnostics = SourceGenerator.check(readOptions.request(specFile));
    } catch (SpecException e) {
      diagnostics = e.diagnostics();
    }
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    boolean failed = errors > 0 || strict && warnings > 0;
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(DiagnosticsJson.render(readOptions.request(specFile).displayPath(), !failed, diagnostics));
    } else {
      diagnostics.forEach(out::println);
      out.printf("%s: %d %s, %d %s%s%n", PrintableText.of(readOptions.request(specFile).displayPath()), errors,
          errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
          strict && warnings > 0 ? " (--strict: warnings fail)" : "");
    }
    out.flush();
    return failed ? SpecErrorHandler.SPEC_ERROR : 0;
  }
}
