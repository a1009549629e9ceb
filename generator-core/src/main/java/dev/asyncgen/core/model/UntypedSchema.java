package dev.asyncgen.core.model;

/** A schema that says nothing about the type (no {@code type}, or several): any JSON value. */
public record UntypedSchema(SchemaInfo info) implements Schema {}
