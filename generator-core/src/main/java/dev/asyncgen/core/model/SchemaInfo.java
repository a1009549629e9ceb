package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every schema may carry besides its shape.
 *
 * @param nullable true when the type list includes {@code "null"} or {@code nullable: true} is set
 * @param defaultValue the {@code default}, as a plain Java value, or null
 * @param constValue the {@code const}, as a plain Java value, or null
 * @param constraints the validation keywords generated code does not check ({@code maxLength},
 *     {@code pattern}, {@code minimum}, {@code maxItems}, ...), keyword to plain value, sorted by keyword
 */
public record SchemaInfo(
    String title,
    String description,
    boolean nullable,
    boolean deprecated,
    Object defaultValue,
    Object constValue,
    Map<String, Object> constraints,
    SourcePosition position) {

  public SchemaInfo {
    constraints = java.util.Collections.unmodifiableMap(new TreeMap<>(constraints));
  }

  public static SchemaInfo at(SourcePosition position) {
    return new SchemaInfo(null, null, false, false, null, null, Map.of(), position);
  }
}
