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
  static ClassName declare(Owner owner, String simpleName, StringSchema schema, JavaLimits limits) {
    ClassName name = owner.claim(simpleName.isEmpty() ? "Value" : simpleName);
    owner.add(plan(name, schema, limits));
    return name;
  }

  static EnumPlan plan(ClassName name, StringSchema schema, JavaLimits limits) {
    limits.enumConstants(name, schema);
    boolean patterns = schema.isEventPatternEnum();
    NameScope constants = new NameScope(false);
    if (patterns) {
      // The pattern enum's own field: a pattern 'all.*' must not declare it twice.
      constants.reserve("ALL");
    }
    List<EnumPlan.Constant> values = new ArrayList<>();
    for (String value : schema.enumValues()) {
      String preferred = patterns
          ? JavaIdentifiers.upperSnake(String.join(".", new EventPattern(value).literalSegments()))
          : JavaIdentifiers.upperSnake(value);
      EnumPlan.Constant constant = new EnumPlan.Constant(constants.claim(preferred, "EMPTY"), value);
      limits.constant(schema.position(), "the enum value", value);
      limits.constant(schema.position(), "the Java name of the enum value", constant.name());
      values.add(constant);
    }
    return new EnumPlan(name, schema.description(), values, patterns);
  }
}
