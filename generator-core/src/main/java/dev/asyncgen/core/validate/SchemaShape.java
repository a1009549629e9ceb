package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.ValueShape;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shallow shape of a Schema Object: an object or a boolean, a {@code type} naming JSON types,
 * and the same for every nested schema. Keyword semantics (JSON Schema validation proper) are out
 * of scope.
 */
final class SchemaShape {
  static final List<String> JSON_TYPES = List.of("array", "boolean", "integer", "null", "number", "object", "string");
  private static final Set<String> TYPE_SET = Set.copyOf(JSON_TYPES);

  /** How a keyword of draft 07 holds nested schemas. */
  private enum Holds {
    ONE,
    LIST,
    MAP,
    ONE_OR_LIST,
    /** {@code dependencies}: each value a schema or a list of property names */
    MAP_OF_ONE_OR_NAMES
  }

  private static final Map<String, Holds> SUBSCHEMAS = Map.ofEntries(
      Map.entry("properties", Holds.MAP),
      Map.entry("patternProperties", Holds.MAP),
      Map.entry("definitions", Holds.MAP),
      Map.entry("dependencies", Holds.MAP_OF_ONE_OR_NAMES),
      Map.entry("additionalProperties", Holds.ONE),
      Map.entry("additionalItems", Holds.ONE),
      Map.entry("items", Holds.ONE_OR_LIST),
      Map.entry("contains", Holds.ONE),
      Map.entry("propertyNames", Holds.ONE),
      Map.entry("if", Holds.ONE),
      Map.entry("then", Holds.ONE),
      Map.entry("else", Holds.ONE),
      Map.entry("not", Holds.ONE),
      Map.entry("allOf", Holds.LIST),
      Map.entry("anyOf", Holds.LIST),
      Map.entry("oneOf", Holds.LIST));

  private SchemaShape() {}

  /** Checks a schema called {@code label} in messages ("payload of message 'a'"). */
  static void check(SpecNode node, String label, Walker walker) {
    check(node, label, "", walker);
  }

  private static void check(SpecNode node, String label, String pointer, Walker walker) {
    String name = pointer.isEmpty() ? label : label + " at " + pointer;
    if (ValueShape.BOOLEAN.accepts(node)) {
      return;
    }
    if (!(node instanceof MapNode map)) {
      walker.wrongType(node, name, ValueShape.SCHEMA);
      return;
    }
    if (map.has("$ref")) {
      // A Reference Object: siblings are ignored, the target is the resolver's business.
      if (!ValueShape.STRING.accepts(map.get("$ref"))) {
        walker.wrongType(map.get("$ref"), "'$ref' in " + name, ValueShape.STRING);
      }
      return;
    }
    if (map.has("type")) {
      checkType(map.get("type"), name, walker);
    }
    for (String keyword : map.keys()) {
      Holds holds = SUBSCHEMAS.get(keyword);
      if (holds != null) {
        nested(map.get(keyword), holds, keyword, label, pointer + "/" + keyword, walker);
      }
    }
  }

  private static void nested(SpecNode value, Holds holds, String keyword, String label, String pointer,
      Walker walker) {
    String subject = "'" + keyword + "' in " + (pointer.lastIndexOf('/') == 0 ? label
        : label + " at " + pointer.substring(0, pointer.lastIndexOf('/')));
    switch (holds) {
      case ONE -> check(value, label, pointer, walker);
      case ONE_OR_LIST -> {
        if (value instanceof ListNode list) {
          eachItem(list, label, pointer, walker);
        } else {
          check(value, label, pointer, walker);
        }
      }
      case LIST -> {
        if (value instanceof ListNode list) {
          eachItem(list, label, pointer, walker);
        } else {
          walker.wrongType(value, subject, "a list of schemas");
        }
      }
      case MAP, MAP_OF_ONE_OR_NAMES -> {
        if (!(value instanceof MapNode map)) {
          walker.wrongType(value, subject, ValueShape.OBJECT);
          return;
        }
        for (String key : map.keys()) {
          SpecNode entry = map.get(key);
          if (holds == Holds.MAP_OF_ONE_OR_NAMES && entry instanceof ListNode) {
            continue;
          }
          check(entry, label, pointer + "/" + escape(key), walker);
        }
      }
    }
  }

  private static void eachItem(ListNode list, String label, String pointer, Walker walker) {
    for (int i = 0; i < list.items().size(); i++) {
      check(list.items().get(i), label, pointer + "/" + i, walker);
    }
  }

  /** {@code type}: one JSON type name, or a non-empty list of them. */
  private static void checkType(SpecNode type, String name, Walker walker) {
    String expected = "one of the JSON types (" + String.join(", ", JSON_TYPES) + ")";
    if (type instanceof ListNode list && !list.items().isEmpty()) {
      list.items().forEach(item -> checkTypeName(item, name, expected, walker));
    } else if (type instanceof ScalarNode) {
      checkTypeName(type, name, expected, walker);
    } else {
      walker.wrongType(type, "'type' in " + name, expected + " or a list of them");
    }
  }

  private static void checkTypeName(SpecNode type, String name, String expected, Walker walker) {
    if (!(type instanceof ScalarNode scalar && scalar.isString())) {
      walker.wrongType(type, "'type' in " + name, expected);
    } else if (!TYPE_SET.contains(scalar.text())) {
      walker.error(type.position(), "'type' in " + name + " must be " + expected + ", found '" + scalar.text() + "'");
    }
  }

  /** A JSON Pointer token, so that a property named "a/b" still reads unambiguously. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
