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
    // Writes its own JSON text: the validator's enum keyword asks for it, and Jackson's would start a JsonMapper.
    return new QuotingStringNode(scalar.text());
  }

  /**
   * The tree that Jackson reads back from {@code of(node).toString()}, made without that round
   * trip: numbers take the node types Jackson's parser gives the JSON text ({@code int}, then
   * {@code long}, then {@code BigInteger} for integers; {@code double} for any text with a fraction
   * or an exponent), and infinities and NaN, which JSON cannot write as numbers, become the strings
   * Jackson writes for them. Serialising or parsing JSON would start a Jackson {@code JsonMapper},
   * which costs a short command several hundred milliseconds of class loading.
   */
  static JsonNode asParsedJson(SpecNode node) {
    if (node instanceof MapNode map) {
      ObjectNode object = FACTORY.objectNode();
      map.entries().forEach((key, value) -> object.set(key, asParsedJson(value)));
      return object;
    }
    if (node instanceof ListNode list) {
      ArrayNode array = FACTORY.arrayNode();
      list.items().forEach(item -> array.add(asParsedJson(item)));
      return array;
    }
    Object value = ((ScalarNode) node).value();
    if (value instanceof BigInteger integer) {
      return integerAsParsed(integer);
    }
    if (value instanceof BigDecimal decimal) {
      // Jackson writes a BigDecimal as toString(), which has no fraction or exponent when the scale is 0.
      String text = decimal.toString();
      return text.indexOf('.') < 0 && text.indexOf('E') < 0 && text.indexOf('e') < 0
          ? integerAsParsed(new BigInteger(text))
          : FACTORY.numberNode(Double.parseDouble(text));
    }
    if (value instanceof Double number) {
      return number.isNaN() || number.isInfinite() ? new QuotingStringNode(number.toString())
          : FACTORY.numberNode(number);
    }
    return of(node);
  }

  private static JsonNode integerAsParsed(BigInteger integer) {
    if (integer.bitLength() < Integer.SIZE) {
      return FACTORY.numberNode(integer.intValue());
    }
    if (integer.bitLength() < Long.SIZE) {
      return FACTORY.numberNode(integer.longValue());
    }
    return FACTORY.numberNode(integer);
  }
}
