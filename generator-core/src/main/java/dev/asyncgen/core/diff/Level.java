package dev.asyncgen.core.diff;

import java.util.Locale;

/** How bad a change is, worst first. */
public enum Level {
  /** Breaks: generated code stops compiling, or a message stops decoding or being accepted. */
  ERR,
  /** Breaks only in some uses, or the spec cannot tell. */
  WARN,
  /** Safe. */
  INFO;

  /** Whether this level is as bad as {@code threshold} or worse. */
  public boolean atLeast(Level threshold) {
    return compareTo(threshold) <= 0;
  }

  public static Level worst(Level a, Level b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /**
   * {@code ERR}, {@code WARN} or {@code INFO}, in any case.
   *
   * @throws IllegalArgumentException naming the values allowed
   */
  public static Level named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + name + "' is not one of ERR, WARN, INFO", e);
    }
  }
}
