package dev.asyncgen.core.diff;

/** What a change does to one thing (the wire, or the Java source), and how bad that is. */
record Verdict(Level level, String text) {
  static Verdict info(String text) {
    return new Verdict(Level.INFO, text);
  }

  static Verdict warn(String text) {
    return new Verdict(Level.WARN, text);
  }

  static Verdict err(String text) {
    return new Verdict(Level.ERR, text);
  }
}
