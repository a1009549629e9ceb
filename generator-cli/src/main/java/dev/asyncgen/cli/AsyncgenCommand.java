package dev.asyncgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code asyncgen} command; each job is a subcommand. */
@Command(
    name = "asyncgen",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Generates Java from AsyncAPI 2.x and 3.x documents.")
public final class AsyncgenCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  public static void main(String[] args) {
    System.exit(newCommandLine(args).execute(args));
  }

  /**
   * The configured command line to run {@code args} with (no arguments: every subcommand); tests run it
   * in-process. A {@code generate} run gets only that subcommand: picocli builds each command's model by
   * reflection when it is added, and the others' took a short run tens of milliseconds. Nothing else of
   * the command line differs.
   */
  public static CommandLine newCommandLine(String... args) {
    CommandLine commandLine = new CommandLine(new AsyncgenCommand());
    commandLine.addSubcommand(new GenerateCommand());
    if (args.length == 0 || !args[0].equals("generate")) {
      commandLine.addSubcommand(new ValidateCommand());
      commandLine.addSubcommand(new InspectCommand());
      commandLine.addSubcommand(new DiffCommand());
      commandLine.addSubcommand(new CommandLine.HelpCommand());
    }
    // Set after the subcommands are added: picocli hands the handlers to those it has at this point.
    commandLine.setExecutionExceptionHandler(new SpecErrorHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }
}
