package dev.asyncgen.core.validate;

/**
 * Whether a string that is not literally one of an enum's values still stands for one of them. The
 * rule belongs to a later stage (event name patterns are the model's), so the reader hands it in.
 */
@FunctionalInterface
public interface EnumValueFit {
  /** Never fits: every value must be one of the enum's, as JSON Schema says. */
  EnumValueFit NONE = (value, given) -> false;

  /** Whether {@code given} fits the enum value {@code value}. */
  boolean fits(String value, String given);
}
