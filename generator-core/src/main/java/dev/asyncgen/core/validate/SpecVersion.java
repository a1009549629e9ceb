package dev.asyncgen.core.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An AsyncAPI 2.x or 3.x version, compared by its major and minor numbers only: the specification
 * says patch versions make no difference to tooling.
 */
record SpecVersion(int major, int minor, String text) {
  private static final Pattern VERSION = Pattern.compile("([23])\\.(\\d+)\\.\\d+.*");

  static SpecVersion parse(String text) {
    Matcher m = text == null ? null : VERSION.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException("not an AsyncAPI 2.x or 3.x version: " + text);
    }
    return new SpecVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), text);
  }

  /** True when this document's version has what {@code since} (e.g. "2.3.0") introduced. */
  boolean atLeast(String since) {
    if (since == null) {
      return true;
    }
    int sinceMajor = since.charAt(0) - '0';
    return major != sinceMajor ? major > sinceMajor : minor >= minorOf(since);
  }

  /** The minor number of a rule's "M.N.0"; rules hold constants, so no pattern is needed here. */
  static int minorOf(String since) {
    return Integer.parseInt(since.substring(2, since.indexOf('.', 2)));
  }
}
