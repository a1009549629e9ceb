package dev.asyncgen.core.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/** A point in a source document; line and column are 1-based, as editors show them. */
public record SourcePosition(SourceFile file, int line, int column) implements Comparable<SourcePosition> {
  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparing((SourcePosition p) -> p.file.displayPath())
          .thenComparingInt(SourcePosition::line)
          .thenComparingInt(SourcePosition::column);

  public SourcePosition {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column}, the form compilers use and IDEs turn into links. */
  @Override
  public String toString() {
    return file.displayPath() + ":" + line + ":" + column;
  }
}
