package dev.asyncgen.core.model;

import java.util.List;

/** An integer; {@code format} is {@code int32}, {@code int64} or null. */
public record IntegerSchema(SchemaInfo info, String format, List<Object> enumValues) implements Schema {
  public IntegerSchema {
    enumValues = List.copyOf(enumValues);
  }
}
