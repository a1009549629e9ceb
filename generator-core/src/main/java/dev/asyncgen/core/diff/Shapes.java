package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.BooleanSchema;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.IntegerSchema;
import dev.asyncgen.core.model.NumberSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.StringSchema;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** What the diff compares of a schema, without positions or prose. */
final class Shapes {
  private Shapes() {}

  /**
   * The JSON type, {@code array of ...} for arrays, {@code $ref Name} for a named schema; reference
   * names go through {@code rename}, so that a renamed schema is not a changed type.
   */
  static String kind(Schema schema, UnaryOperator<String> rename) {
    if (schema instanceof ReferenceSchema reference) {
      return "$ref " + rename.apply(reference.name());
    }
    if (schema instanceof ArraySchema array) {
      return array.tupleItems().isEmpty() ? "array of " + kind(array.items(), rename) : "tuple";
    }
    if (schema instanceof StringSchema) {
      return "string";
    }
    if (schema instanceof IntegerSchema) {
      return "integer";
    }
    if (schema instanceof NumberSchema) {
      return "number";
    }
    if (schema instanceof BooleanSchema) {
      return "boolean";
    }
    if (schema instanceof ObjectSchema) {
      return "object";
    }
    if (schema instanceof CompositionSchema composition) {
      return composition.kind().keyword();
    }
    return "any";
  }

  /** The format of a string or number, or of an array's items; null without one. */
  static String format(Schema schema) {
    Schema values = items(schema);
    if (values instanceof StringSchema string) {
      return string.format();
    }
    if (values instanceof IntegerSchema integer) {
      return integer.format();
    }
    return values instanceof NumberSchema number ? number.format() : null;
  }

  /** The enumerated values (of an array's items too), as a set: order is not a change. */
  static TreeSet<String> enumValues(Schema schema) {
    Schema values = items(schema);
    List<?> list = values instanceof StringSchema string ? string.enumValues()
        : values instanceof IntegerSchema integer ? integer.enumValues()
        : values instanceof NumberSchema number ? number.enumValues() : List.of();
    return list.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
  }

  static boolean isEventPatterns(Schema schema) {
    return items(schema) instanceof StringSchema string && string.isEventPatternEnum();
  }

  /** The whole JSON shape, for telling a renamed schema from a new one. */
  static String canonical(Schema schema) {
    if (schema == null) {
      return "none";
    }
    StringBuilder shape = new StringBuilder(kind(schema, UnaryOperator.identity()));
    shape.append(schema.info().nullable() ? "?" : "").append('[').append(format(schema)).append(']')
        .append(enumValues(schema));
    if (schema instanceof ObjectSchema object) {
      shape.append('{');
      object.properties().forEach(p -> shape.append(p.name()).append(object.isRequired(p.name()) ? "!" : "")
          .append(':').append(canonical(p.schema())).append(','));
      shape.append(additional(object.additionalProperties())).append('}');
    } else if (schema instanceof ArraySchema array) {
      shape.append('<').append(canonical(array.items())).append('>');
      array.tupleItems().forEach(item -> shape.append(canonical(item)));
    } else if (schema instanceof CompositionSchema composition) {
      shape.append('(');
      composition.parts().forEach(part -> shape.append(canonical(part)).append(','));
      shape.append(composition.discriminator()).append(')');
    }
    return shape.toString();
  }

  private static String additional(AdditionalProperties additional) {
    return additional.kind() + (additional.schema() == null ? "" : canonical(additional.schema()));
  }

  private static Schema items(Schema schema) {
    Schema values = schema;
    while (values instanceof ArraySchema array && array.tupleItems().isEmpty()) {
      values = array.items();
    }
    return values;
  }
}
