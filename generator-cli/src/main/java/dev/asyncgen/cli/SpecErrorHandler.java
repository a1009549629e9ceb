package dev.asyncgen.cli;

import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.output.OutputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a user's spec errors as {@code file:line:column: error: message} lines, and output
 * directory problems as {@code error: message} lines naming the path, and exits 1; anything else
 * is a bug in asyncgen and keeps its stack trace.
 */
final class SpecErrorHandler implements IExecutionExceptionHandler {
  static final int SPEC_ERROR = 1;

  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult)
      throws Exception {
    if (exception instanceof SpecException specException) {
      specException.diagnostics().forEach(commandLine.getErr()::println);
    } else if (exception instanceof OutputException outputException) {
      outputException.problems().forEach(problem -> commandLine.getErr().println("error: " + problem));
    } else {
      throw exception;
    }
    commandLine.getErr().flush();
    return SPEC_ERROR;
  }
}
