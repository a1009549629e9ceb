package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.SchemaFormats;
import dev.asyncgen.core.shape.ServerUrls;
import java.util.List;
import java.util.Set;

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
   * Channel, parameters: "This map MUST contain all the parameters used in the parent channel
   * address", and "It MUST be present only when the address contains Channel Address Expressions".
   * An undeclared one is an error; a declared one the address does not use is a warning, as for 2.x.
   */
  static void addressParametersAreDeclared(MapNode channel, Walker walker, Where where) {
    SpecNode address = channel.get("address");
    SpecNode parameters = channel.get("parameters");
    boolean addressIsText = address instanceof ScalarNode text && (text.isString() || text.isNull());
    if (address != null && !addressIsText || parameters != null && !(parameters instanceof MapNode)) {
      return; // reported as a type error already
    }
    MapNode declared = (MapNode) parameters;
    Set<String> used = address instanceof ScalarNode text && text.isString()
        ? ServerUrls.variables(text.text()) : Set.of();
    for (String name : used) {
      if (declared == null || !declared.has(name)) {
        walker.error(address.position(), "the address of " + where.label() + " uses {" + name
            + "}, which its 'parameters' do not declare");
      }
    }
    if (declared != null) {
      for (String name : declared.keys()) {
        if (!used.contains(name)) {
          walker.warning(declared.keyPosition(name), where.label() + " declares parameter '" + name
              + "' but its address has no {" + name + "}");
        }
      }
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
