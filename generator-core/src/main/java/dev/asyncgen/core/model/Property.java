package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;

/** A property of an object schema, by its JSON name ({@code $id} stays {@code $id} here). */
public record Property(String name, Schema schema, SourcePosition position) {}
