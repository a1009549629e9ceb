package dev.asyncgen.cli;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a user's spec errors as {@code file:line:column: error: message} lines and exits 1;
 * anything else is a bug in asyncgen and keeps its stack trace.
 */
final class SpecErrorHandler implements IExecutionExceptionHandler {
  static final int SPEC_ERROR = 1;

  @Override
  public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult)
      throws Exception {
    if (!(exception instanceof SpecException specException)) {
      throw exception;
    }
    for (Diagnostic diagnostic : specException.diagnostics()) {
      commandLine.getErr().println(diagnostic);
    }
    commandLine.getErr().flush();
    return SPEC_ERROR;
  }
}
