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

  /**
   * The matching rule, as generated code documents it. Appwrite writes {@code *} where a resource
   * ID stands, and an ID is never empty, so a wildcard takes exactly one non-empty segment.
   */
  public static final String RULE = "A name matches a pattern when both have the same number of dot-separated segments\n"
      + "and each segment of the pattern is either {@code *}, which stands for any one non-empty segment, or\n"
      + "equal to the name's segment: {@code users.*.update.name} matches {@code users.42.update.name}, but not\n"
      + "{@code users.42.update}, {@code users..update.name} or {@code users.4.2.update.name}.";

  /** Whether a concrete name such as {@code users.42.update.name} matches, by {@link #RULE}. */
  public boolean matches(String eventName) {
    return matches(pattern, eventName);
  }

  /**
   * {@link #RULE}, segment by segment without splitting or allocating. The generated
   * {@code EventPattern.matches} is this method written out by the emitter, and a property test
   * holds the two to the same answers.
   */
  public static boolean matches(String pattern, String eventName) {
    int p = 0;
    int n = 0;
    while (true) {
      int patternEnd = segmentEnd(pattern, p);
      int nameEnd = segmentEnd(eventName, n);
      boolean wildcard = patternEnd - p == 1 && pattern.charAt(p) == '*';
      if (wildcard ? nameEnd == n
          : patternEnd - p != nameEnd - n || !pattern.regionMatches(p, eventName, n, nameEnd - n)) {
        return false;
      }
      boolean patternDone = patternEnd == pattern.length();
      boolean nameDone = nameEnd == eventName.length();
      if (patternDone || nameDone) {
        return patternDone && nameDone;
      }
      p = patternEnd + 1;
      n = nameEnd + 1;
    }
  }

  private static int segmentEnd(String text, int from) {
    int dot = text.indexOf('.', from);
    return dot < 0 ? text.length() : dot;
  }
}
