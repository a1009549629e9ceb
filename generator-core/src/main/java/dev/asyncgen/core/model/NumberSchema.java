package dev.asyncgen.core.model;

import java.util.List;

/** A number; {@code format} is {@code float}, {@code double} or null. */
public record NumberSchema(SchemaInfo info, String format, List<Object> enumValues) implements Schema {
  public NumberSchema {
    enumValues = List.copyOf(enumValues);
  }
}
