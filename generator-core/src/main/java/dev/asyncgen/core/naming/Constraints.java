package dev.asyncgen.core.naming;

import java.math.BigDecimal;

/**
 * The {@code jakarta.validation} constraints of one value (a record component, or the elements of its list or map),
 * as {@code --bean-validation} plans them from the schema. Only what applies to the value's Java type is set.
 *
 * @param notNull the record refuses null (a required component under {@code enforceRequired})
 * @param size {@code minLength}/{@code maxLength} of a String, {@code minItems}/{@code maxItems} of a List,
 *     {@code minProperties}/{@code maxProperties} of a Map; or null
 * @param pattern the regular expression the whole value must match (see {@link #wholeMatch(String)}), or null
 * @param lower {@code minimum} or {@code exclusiveMinimum} of a number, or null
 * @param upper {@code maximum} or {@code exclusiveMaximum}, or null
 * @param cascade the value is a generated record or interface, whose own constraints are validated too
 * @param elements the constraints of a list's items or a map's values
 */
public record Constraints(
    boolean notNull, Size size, String pattern, Bound lower, Bound upper, boolean cascade, Constraints elements) {

  /** No constraint at all. */
  public static final Constraints NONE = new Constraints(false, null, null, null, null, false, null);

  /** Bounds of a length or a count; either may be null. */
  public record Size(Integer min, Integer max) {}

  /**
   * A numeric bound.
   *
   * @param integral an inclusive whole bound on an integer, written {@code @Min}/{@code @Max}; otherwise
   *     {@code @DecimalMin}/{@code @DecimalMax}
   */
  public record Bound(BigDecimal value, boolean inclusive, boolean integral) {}

  public boolean isEmpty() {
    return !notNull && size == null && pattern == null && lower == null && upper == null && !cascade
        && (elements == null || elements.isEmpty());
  }

  Constraints withNotNull(boolean value) {
    return new Constraints(value, size, pattern, lower, upper, cascade, elements);
  }

  /**
   * A JSON Schema {@code pattern} as a regular expression that {@code @Pattern} matches against the whole value:
   * JSON Schema's patterns are not anchored (a match anywhere in the text counts), so anything but a plain
   * {@code ^...$} pattern is wrapped in {@code (?s:.*)(?:...)(?s:.*)}.
   */
  static String wholeMatch(String pattern) {
    boolean anchored = pattern.startsWith("^") && pattern.endsWith("$") && !pattern.contains("|")
        && !endsEscaped(pattern);
    return anchored ? pattern : "(?s:.*)(?:" + pattern + ")(?s:.*)";
  }

  /** Whether the final {@code $} is escaped: an odd number of backslashes before it. */
  private static boolean endsEscaped(String pattern) {
    int backslashes = 0;
    for (int i = pattern.length() - 2; i >= 0 && pattern.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
