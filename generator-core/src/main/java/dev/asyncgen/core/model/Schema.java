package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;

/** A JSON Schema as the generator sees it: a small closed set of shapes. */
public sealed interface Schema
    permits ObjectSchema, ArraySchema, StringSchema, IntegerSchema, NumberSchema, BooleanSchema,
        CompositionSchema, ReferenceSchema, UntypedSchema {

  SchemaInfo info();

  default SourcePosition position() {
    return info().position();
  }

  default String description() {
    return info().description();
  }
}
