package dev.asyncgen.core.diagnostic;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A problem the user can fix in their spec or options. Carries every diagnostic found; the CLI
 * and the Maven plugin print them as they are, without a stack trace.
 */
public class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public SpecException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public SpecException(SourcePosition position, String message) {
    this(List.of(Diagnostic.error(position, message)));
  }

  /** Every diagnostic, errors and warnings, sorted by position. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
