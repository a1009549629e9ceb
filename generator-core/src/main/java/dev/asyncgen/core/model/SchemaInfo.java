package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;

/**
 * What every schema may carry besides its shape.
 *
 * @param nullable true when the type list includes {@code "null"} or {@code nullable: true} is set
 * @param defaultValue the {@code default}, as a plain Java value, or null
 * @param constValue the {@code const}, as a plain Java value, or null
 */
public record SchemaInfo(
    String title,
    String description,
    boolean nullable,
    boolean deprecated,
    Object defaultValue,
    Object constValue,
    SourcePosition position) {

  public static SchemaInfo at(SourcePosition position) {
    return new SchemaInfo(null, null, false, false, null, null, position);
  }
}
