package dev.asyncgen.core.model;

import java.util.List;

/**
 * A string, possibly with a format, an enumeration or a pattern.
 *
 * @param format the {@code format} ({@code date-time}, {@code uuid}, ...), or null
 * @param enumValues the allowed values, in spec order; empty when not an enumeration
 */
public record StringSchema(SchemaInfo info, String format, List<String> enumValues, String pattern)
    implements Schema {

  public StringSchema {
    enumValues = List.copyOf(enumValues);
  }

  public boolean isEnum() {
    return !enumValues.isEmpty();
  }

  /**
   * Whether the enumeration lists event-name patterns such as {@code users.*.update.name}: at
   * least one value has a whole {@code *} segment. Such values are matched against concrete names
   * rather than compared.
   */
  public boolean isEventPatternEnum() {
    return enumValues.stream().anyMatch(EventPattern::hasWildcard);
  }

  public List<EventPattern> eventPatterns() {
    return isEventPatternEnum() ? enumValues.stream().map(EventPattern::new).toList() : List.of();
  }
}
