package dev.asyncgen.core.shape;

import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.Locale;

/**
 * What a message's {@code schemaFormat} says about its payload, for the stages that read payloads.
 * Avro, RAML, Protobuf and the like are neither checked nor read: such payloads are typed as Object.
 */
public final class SchemaFormats {
  private SchemaFormats() {}

  /**
   * Whether a payload in this format is shaped as an AsyncAPI Schema Object, which the structure
   * rules check: AsyncAPI's own formats and JSON Schema's, in any of their spellings.
   */
  public static boolean isSchemaObject(String schemaFormat) {
    String format = schemaFormat.toLowerCase(Locale.ROOT).replace(" ", "");
    return format.startsWith("application/vnd.aai.asyncapi") || format.startsWith("application/schema+json")
        || format.startsWith("application/schema+yaml");
  }

  /**
   * Whether a payload in this format can be read as JSON Schema: AsyncAPI's own schema object, JSON
   * Schema, and OpenAPI 3 schema objects (a JSON Schema dialect); null (no format given) can.
   */
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

  /**
   * Whether a node is an AsyncAPI 3.x Multi Format Schema Object, {@code {schemaFormat, schema}}: a Schema
   * Object has no {@code schemaFormat}, and a Reference Object stands for what it points at.
   */
  public static boolean isMultiFormatSchemaObject(SpecNode node) {
    return node instanceof MapNode map && map.has("schemaFormat") && map.has("schema") && !map.has("$ref");
  }
}
