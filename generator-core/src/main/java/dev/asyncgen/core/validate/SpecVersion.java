package dev.asyncgen.core.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AsyncAPI 2.x version, compared by its minor number only: the specification says patch
 * versions make no difference to tooling.
 */
record SpecVersion(int minor, String text) {
  private static final Pattern TWO_X = Pattern.compile("2\\.(\\d+)\\.\\d+.*");

  static SpecVersion parse(String text) {
    Matcher m = text == null ? null : TWO_X.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("not an AsyncAPI 2.x version: " + text);
    }
    return new SpecVersion(Integer.parseInt(m.group(1)), text);
  }

  /** True when this document's version has what {@code since} (e.g. "2.3.0") introduced. */
  boolean atLeast(String since) {
    return since == null || minor >= minorOf(since);
  }

  /** The minor number of a rule's "2.N.0"; rules hold constants, so no pattern is needed here. */
  static int minorOf(String since) {
    return Integer.parseInt(since.substring(2, since.indexOf('.', 2)));
  }
}
