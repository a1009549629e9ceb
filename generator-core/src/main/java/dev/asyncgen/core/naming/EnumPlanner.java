package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.model.EventPattern;
import dev.asyncgen.core.model.StringSchema;
import java.util.ArrayList;
import java.util.List;

/** Names enum types and their constants. */
final class EnumPlanner {
  private EnumPlanner() {}

  /** Declares an enum for {@code schema} in {@code owner}; returns its name. */
  static ClassName declare(Owner owner, String simpleName, StringSchema schema, GenerationOptions options,
      JavaLimits limits) {
    ClassName name = owner.claim(simpleName.isEmpty() ? "Value" : simpleName);
    owner.add(plan(name, schema, options, limits));
    return name;
  }

  static EnumPlan plan(ClassName name, StringSchema schema, GenerationOptions options, JavaLimits limits) {
    limits.enumConstants(name, schema);
    EnumPlan.Kind kind = schema.isEventPatternEnum() ? EnumPlan.Kind.EVENT_PATTERNS
        : options.closedEnums() ? EnumPlan.Kind.CLOSED : EnumPlan.Kind.OPEN;
    NameScope constants = new NameScope(false);
    ClassName known = null;
    if (kind == EnumPlan.Kind.EVENT_PATTERNS) {
      // The pattern enum's own field: a pattern 'all.*' must not declare it twice.
      constants.reserve("ALL");
    }
    if (kind == EnumPlan.Kind.OPEN) {
      // Claimed first, so that UNKNOWN always means "not in the spec": a spec value "unknown" gets UNKNOWN_2.
      constants.claim(EnumPlan.UNKNOWN, EnumPlan.UNKNOWN);
      known = Owner.nestedIn(name).claim("Known");
    }
    List<EnumPlan.Constant> values = new ArrayList<>();
    for (String value : schema.enumValues()) {
      String preferred = kind == EnumPlan.Kind.EVENT_PATTERNS
          ? JavaIdentifiers.upperSnake(String.join(".", new EventPattern(value).literalSegments()))
          : JavaIdentifiers.upperSnake(value);
      EnumPlan.Constant constant = new EnumPlan.Constant(constants.claim(preferred, "EMPTY"), value);
      limits.constant(schema.position(), "the enum value", value);
      limits.constant(schema.position(), "the Java name of the enum value", constant.name());
      values.add(constant);
    }
    return new EnumPlan(name, schema.description(), values, kind, known);
  }
}
