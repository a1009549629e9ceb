package dev.asyncgen.core.model;

import java.util.Arrays;
import java.util.List;

/**
 * An event name pattern such as {@code databases.*.collections.*.documents.*.create}: dot-separated
 * segments where {@code *} stands for any one segment.
 */
public record EventPattern(String pattern) {
  public List<String> segments() {
    return Arrays.asList(pattern.split("\\.", -1));
  }

  /** The segments that are not wildcards, e.g. {@code [databases, collections, documents, create]}. */
  public List<String> literalSegments() {
    return segments().stream().filter(s -> !s.equals("*")).toList();
  }

  public static boolean hasWildcard(String value) {
    return Arrays.asList(value.split("\\.", -1)).contains("*");
  }

  /** Whether a concrete name such as {@code users.42.update.name} matches, segment by segment. */
  public boolean matches(String eventName) {
    List<String> expected = segments();
    String[] actual = eventName.split("\\.", -1);
    if (actual.length != expected.size()) {
      return false;
    }
    for (int i = 0; i < actual.length; i++) {
      String segment = expected.get(i);
      if (!segment.equals("*") && !segment.equals(actual[i])) {
        return false;
      }
    }
    return true;
  }
}
