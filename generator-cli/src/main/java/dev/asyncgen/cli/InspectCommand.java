package dev.asyncgen.cli;

import dev.asyncgen.core.SpecReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Prints the resolved API as a tree: servers, channels with parameters and operations,"
        + " messages with payload types, event-name patterns.")
final class InspectCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SPEC", converter = OptionConverters.SpecPath.class,
      description = "AsyncAPI 2.0-2.6, 3.0 or 3.1 document (YAML or JSON).")
  Path specFile;

  @Mixin
  ReadOptions readOptions;

  @Override
  public Integer call() {
    SpecReader.Result result = SpecReader.read(readOptions.request(specFile));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    result.warnings().forEach(err::println);
    err.flush();
    out.print(new ModelTreePrinter(result.api()).print());
    out.flush();
    return 0;
  }

}
