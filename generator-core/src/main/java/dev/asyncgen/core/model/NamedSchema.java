package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;

/**
 * A schema with a name: a key under {@code components/schemas}, or a schema reached by a
 * {@code $ref} to another place, named after the last segment of that reference.
 *
 * @param location the canonical reference, {@code file#/json/pointer}
 */
public record NamedSchema(String name, Schema schema, String location, SourcePosition position) {}
