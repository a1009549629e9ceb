package dev.asyncgen.core.model;

public record BooleanSchema(SchemaInfo info) implements Schema {}
