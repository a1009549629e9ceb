package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;

/** A channel parameter; {@code location} is the runtime expression, if the spec gives one. */
public record Parameter(
    String name, String description, Schema schema, String location, SourcePosition position) {}
