package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.Map;

/**
 * A security scheme of {@code components/securitySchemes}, as the document wrote it.
 *
 * @param name its key
 * @param type its {@code type} ({@code userPassword}, {@code scramSha256}, {@code X509}, {@code plain}...), or null
 * @param fields every field but {@code scopes}, as plain values
 */
public record SecurityScheme(String name, String type, String description, Map<String, Object> fields,
    SourcePosition position) {
  public SecurityScheme {
    fields = Maps.copyOf(fields);
  }
}
