package dev.asyncgen.core.model;

/**
 * A use of a named schema (see {@link AsyncApi#schemas()}). References are never expanded in
 * place, which is what lets recursive schemas be modelled at all.
 */
public record ReferenceSchema(String name, SchemaInfo info) implements Schema {}
