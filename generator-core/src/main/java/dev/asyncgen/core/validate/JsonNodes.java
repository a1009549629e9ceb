package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Raw spec nodes as Jackson trees, for the JSON Schema validator. */
final class JsonNodes {
  private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private JsonNodes() {}

  static JsonNode of(SpecNode node) {
    if (node instanceof MapNode map) {
      ObjectNode object = FACTORY.objectNode();
      map.entries().forEach((key, value) -> object.set(key, of(value)));
      return object;
    }
    if (node instanceof ListNode list) {
      ArrayNode array = FACTORY.arrayNode();
      list.items().forEach(item -> array.add(of(item)));
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    Object value = scalar.value();
    if (value == null) {
      return FACTORY.nullNode();
    }
    if (value instanceof Boolean bool) {
      return FACTORY.booleanNode(bool);
    }
    if (value instanceof BigInteger integer) {
      return FACTORY.numberNode(integer);
    }
    if (value instanceof BigDecimal decimal) {
      return FACTORY.numberNode(decimal);
    }
    if (value instanceof Double number) {
      return FACTORY.numberNode(number);
    }
    return FACTORY.stringNode(scalar.text());
  }
}
