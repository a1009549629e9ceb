package dev.asyncgen.core.shape;

import java.util.Locale;

/**
 * Which message {@code schemaFormat}s asyncgen reads as JSON Schema: AsyncAPI's own schema object,
 * JSON Schema, and OpenAPI 3 schema objects (a JSON Schema dialect). Avro, RAML, Protobuf and the
 * like are not read: such payloads are typed as Object.
 */
public final class SchemaFormats {
  private SchemaFormats() {}

  /** Whether a payload in this format can be read as JSON Schema; null (no format given) can. */
  public static boolean isJsonSchema(String schemaFormat) {
    if (schemaFormat == null) {
      return true;
    }
    String format = schemaFormat.toLowerCase(Locale.ROOT);
    return format.startsWith("application/vnd.aai.asyncapi")
        || format.startsWith("application/schema+json")
        || format.startsWith("application/schema+yaml")
        || format.startsWith("application/vnd.oai.openapi");
  }
}
