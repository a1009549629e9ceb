package dev.asyncgen.core.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems so that a stage can keep going after the first one and the user sees every
 * problem in one run. Stages call {@link #throwIfErrors()} between phases.
 */
public final class Diagnostics {
  private final List<Diagnostic> all = new ArrayList<>();

  public void error(SourcePosition position, String message) {
    add(Diagnostic.error(position, message));
  }

  public void warning(SourcePosition position, String message) {
    add(Diagnostic.warning(position, message));
  }

  public void add(Diagnostic diagnostic) {
    if (!all.contains(diagnostic)) {
      all.add(diagnostic);
    }
  }

  public void addAll(List<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Diagnostic::isError);
  }

  /** Every diagnostic so far, sorted by position. */
  public List<Diagnostic> sorted() {
    return all.stream().sorted().toList();
  }

  public List<Diagnostic> warnings() {
    return all.stream().filter(d -> !d.isError()).sorted().toList();
  }

  public void throwIfErrors() {
    if (hasErrors()) {
      throw new SpecException(sorted());
    }
  }
}
