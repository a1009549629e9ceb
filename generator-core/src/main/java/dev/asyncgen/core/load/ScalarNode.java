package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * A scalar with the type YAML 1.2's core schema gives it: {@code on} and {@code yes} stay
 * strings, quoted values are always strings.
 */
public record ScalarNode(String text, Type type, SourcePosition position) implements SpecNode {
  public enum Type {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }

  public ScalarNode {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }

  public boolean isString() {
    return type == Type.STRING;
  }

  public boolean isNull() {
    return type == Type.NULL;
  }

  /** The Java value: String, BigInteger, BigDecimal or Double (for infinities and NaN), Boolean or null. */
  public Object value() {
    return switch (type) {
      case STRING -> text;
      case NULL -> null;
      case BOOLEAN -> Boolean.valueOf(text.toLowerCase(Locale.ROOT));
      case INTEGER -> parseInteger(text);
      case FLOAT -> parseFloat(text);
    };
  }

  private static BigInteger parseInteger(String text) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    if (digits.startsWith("0x")) {
      return new BigInteger(digits.substring(2), 16);
    }
    if (digits.startsWith("0o")) {
      return new BigInteger(digits.substring(2), 8);
    }
    return new BigInteger(digits);
  }

  private static Object parseFloat(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".inf")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals(".nan")) {
      return Double.NaN;
    }
    return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
  }

  @Override
  public String kind() {
    return switch (type) {
      case STRING -> "a string";
      case INTEGER -> "an integer";
      case FLOAT -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
    };
  }
}
