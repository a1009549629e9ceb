package dev.asyncgen.core.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/** One problem found in a spec, formatted like a compiler message. */
public record Diagnostic(Severity severity, SourcePosition position, String message)
    implements Comparable<Diagnostic> {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(SourcePosition position, String message) {
    return new Diagnostic(Severity.ERROR, position, message);
  }

  public static Diagnostic warning(SourcePosition position, String message) {
    return new Diagnostic(Severity.WARNING, position, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /**
   * {@code file:line:column: error: message}; without a position just {@code error: message}. One
   * line, safe to print: control characters from the spec are escaped ({@link PrintableText}).
   */
  @Override
  public String toString() {
    String prefix = position == null ? "" : position + ": ";
    return PrintableText.of(prefix + severity.label() + ": " + message);
  }
}
