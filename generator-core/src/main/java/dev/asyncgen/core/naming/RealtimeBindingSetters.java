package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Names and types the facade builder's setter for one {@code bindings.ws} query or header property, from the
 * property's schema: integers, numbers and booleans get primitive setters, a string with {@code enum} values a
 * nested enum; anything else stays a string.
 */
final class RealtimeBindingSetters {
  private final NameScope members;
  private final NameScope nestedTypes;
  private final ClassName facade;

  /**
   * @param members the builder's member names
   * @param nestedTypes the facade's nested type names
   * @param facade the facade, which the value enums nest in
   */
  RealtimeBindingSetters(NameScope members, NameScope nestedTypes, ClassName facade) {
    this.members = members;
    this.nestedTypes = nestedTypes;
    this.facade = facade;
  }

  RealtimePlan.Setter setter(String wire, boolean required, Map<String, Object> schema) {
    String javaName = members.claim(JavaIdentifiers.camelCase(wire), "value");
    RealtimePlan.ValueKind kind = kind(schema);
    RealtimePlan.ValueEnum values = kind == RealtimePlan.ValueKind.ENUM
        ? valueEnum(javaName, (List<?>) schema.get("enum")) : null;
    Object description = schema.get("description");
    return new RealtimePlan.Setter(wire, javaName, required, description instanceof String s ? s : null, kind, values);
  }

  static RealtimePlan.ValueKind kind(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (schema.get("enum") instanceof List<?> values && !values.isEmpty()
        && (type == null || "string".equals(type)) && values.stream().allMatch(String.class::isInstance)) {
      return RealtimePlan.ValueKind.ENUM;
    }
    if ("integer".equals(type)) {
      // Without a format an integer may need 64 bits.
      return "int32".equals(schema.get("format")) ? RealtimePlan.ValueKind.INT : RealtimePlan.ValueKind.LONG;
    }
    if ("number".equals(type)) {
      return RealtimePlan.ValueKind.DOUBLE;
    }
    if ("boolean".equals(type)) {
      return RealtimePlan.ValueKind.BOOLEAN;
    }
    return RealtimePlan.ValueKind.STRING;
  }

  private RealtimePlan.ValueEnum valueEnum(String javaName, List<?> values) {
    ClassName name = facade.nestedClass(nestedTypes.claim(JavaIdentifiers.pascalCase(javaName), "Value"));
    NameScope constants = new NameScope(false);
    List<EnumPlan.Constant> list = new ArrayList<>();
    for (Object value : new LinkedHashSet<>(values)) {
      String text = (String) value;
      list.add(new EnumPlan.Constant(constants.claim(JavaIdentifiers.upperSnake(text), "EMPTY"), text));
    }
    return new RealtimePlan.ValueEnum(name, list);
  }
}
