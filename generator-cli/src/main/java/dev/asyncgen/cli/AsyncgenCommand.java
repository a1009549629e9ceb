package dev.asyncgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code asyncgen} command; each job is a subcommand. */
@Command(
    name = "asyncgen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Generates Java from AsyncAPI 2.x and 3.x documents.",
    subcommands = {GenerateCommand.class, ValidateCommand.class, InspectCommand.class, DiffCommand.class,
        CommandLine.HelpCommand.class})
public final class AsyncgenCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line; tests run it in-process. */
  public static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new AsyncgenCommand());
    commandLine.setExecutionExceptionHandler(new SpecErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }
}
