package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.PrintableText;
import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.Comparator;
import java.util.Objects;

/**
 * One change between two specs, judged by what it does to generated code.
 *
 * @param subject the changed thing in spec terms: {@code files.{fileId}}, {@code Execution.status}
 * @param position where the change is: in the new spec, or in the old one for something removed
 * @param level the worse of {@code wireLevel} and {@code sourceLevel}
 * @param wire what it does to messages on the wire, for readers (received) and writers (sent)
 * @param source what it does to user code compiled against the generated API, naming the Java symbol
 * @param fingerprint a stable id of the rule and the changed thing: no positions, no wording
 */
public record Finding(Rule rule, Level level, String subject, String message, SourcePosition position,
    String wire, Level wireLevel, String source, Level sourceLevel, String fingerprint)
    implements Comparable<Finding> {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::position)
      .thenComparing(Finding::rule)
      .thenComparing(Finding::subject)
      .thenComparing(Finding::fingerprint);

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(position, "position");
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  /**
   * {@code file:line:column: LEVEL RULE message}, the compiler form IDEs turn into links; safe to
   * print: control characters from the spec are escaped ({@link PrintableText}).
   */
  @Override
  public String toString() {
    return PrintableText.of(position + ": " + level + " " + rule + " " + message);
  }
}
