package dev.asyncgen.core.model;

import java.util.List;

/**
 * When an event name fits an enum value that is a wildcard pattern: servers such as Appwrite send
 * concrete names ({@code users.42.update}) or parent wildcards ({@code users.*}) for a documented
 * pattern, so such a name in an example is not a mismatch.
 */
public final class WildcardEventNames {
  private WildcardEventNames() {}

  /** Whether {@code name} is a concrete name of {@code value}, or a parent wildcard of it. */
  public static boolean fits(String value, String name) {
    if (!EventPattern.hasWildcard(value)) {
      return false;
    }
    EventPattern pattern = new EventPattern(value);
    if (pattern.matches(name)) {
      return true;
    }
    List<String> segments = pattern.segments();
    String[] given = name.split("\\.", -1);
    if (given.length >= segments.size() || !given[given.length - 1].equals("*")) {
      return false;
    }
    String prefix = String.join(".", segments.subList(0, given.length));
    return new EventPattern(prefix).matches(name);
  }
}
