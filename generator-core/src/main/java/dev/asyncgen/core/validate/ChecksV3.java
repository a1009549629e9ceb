package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.shape.SchemaFormats;
import java.util.List;

/** The AsyncAPI 3.x rules a field table cannot express, one method each, referenced from {@link RulesV3}. */
final class ChecksV3 {
  private static final List<String> ACTIONS = List.of("send", "receive");

  private ChecksV3() {}

  /** Operation, action: {@code "send" | "receive"}. */
  static void actionIsSendOrReceive(MapNode operation, Walker walker, Where where) {
    if (operation.get("action") instanceof ScalarNode action && action.isString()
        && !ACTIONS.contains(action.text())) {
      walker.error(action.position(), "'action' in " + where.label() + " must be send or receive, found '"
          + action.text() + "'");
    }
  }

  /**
   * Multi Format Schema Object, schema: "It can be of any type but defaults to Schema Object"; it
   * "MUST match the schema format". So it is shaped as a schema when the format is AsyncAPI's or
   * JSON Schema's; Avro, Protobuf and the others are their own business.
   */
  static void schemaIsSchemaObjectUnlessFormatSaysOtherwise(MapNode multiFormat, Walker walker, Where where) {
    if (multiFormat.get("schemaFormat") instanceof ScalarNode format && format.isString()
        && SchemaFormats.isSchemaObject(format.text()) && multiFormat.has("schema")) {
      SchemaShape.check(multiFormat.get("schema"), "'schema' in " + where.label(), walker);
    }
  }
}
