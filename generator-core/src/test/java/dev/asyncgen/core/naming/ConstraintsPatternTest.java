package dev.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JSON Schema patterns match anywhere in a value; {@code @Pattern} matches the whole value. The rewritten pattern
 * accepts exactly the values the original finds a match in.
 */
class ConstraintsPatternTest {
  private static final List<String> VALUES = List.of("", "abc", "xabcx", "ABC", "a|b", "line\nbreak", "42", "a$",
      "temp probe", "pro");

  @ParameterizedTest
  @CsvSource(delimiter = ' ', value = {
      "^[a-z0-9-]+$ ^[a-z0-9-]+$",
      "abc (?s:.*)(?:abc)(?s:.*)",
      "^abc (?s:.*)(?:^abc)(?s:.*)",
      "temp|probe (?s:.*)(?:temp|probe)(?s:.*)",
      "^a|b$ (?s:.*)(?:^a|b$)(?s:.*)",
      "^a\\$ (?s:.*)(?:^a\\$)(?s:.*)",
      "^a\\\\$ ^a\\\\$",
      "^\\d+$ ^\\d+$",
      "break$ (?s:.*)(?:break$)(?s:.*)"})
  void aWholeMatchOfTheRewrittenPatternIsAMatchAnywhereOfTheOriginal(String schemaPattern, String expected) {
    String whole = Constraints.wholeMatch(schemaPattern);
    assertEquals(expected, whole);
    for (String value : VALUES) {
      assertEquals(Pattern.compile(schemaPattern).matcher(value).find(), Pattern.matches(whole, value),
          "'" + value + "' against " + schemaPattern);
    }
  }
}
