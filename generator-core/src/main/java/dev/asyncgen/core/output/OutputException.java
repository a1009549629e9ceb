package dev.asyncgen.core.output;

import java.util.List;

/**
 * The output directory cannot be written as asked: a disk error, or something in the way. Each
 * problem names the path and the reason; it says nothing about the spec, which was fine.
 */
public final class OutputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public OutputException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public OutputException(String problem) {
    this(List.of(problem));
  }

  /** Each problem on its own, sorted as found; never empty. */
  public List<String> problems() {
    return problems;
  }
}
