package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.StringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type of each channel parameter's argument: the enum of a named schema the parameter refers to,
 * an enum of its own (named after the parameter) when it lists its values, else {@code String}.
 * Event-name pattern enums stay {@code String}: their values are patterns, not values.
 */
final class ParameterTypes {
  private final NamedTypes named;
  private final Map<ClassName, EnumPlan> namedEnums;
  private final GenerationOptions options;
  private final JavaLimits limits;
  private final Map<OwnEnum, ChannelsPlan.ParameterType> declared = new LinkedHashMap<>();
  private final List<TypePlan> plans = new ArrayList<>();

  /** @param namedEnums the plans of the enums of named schemas */
  ParameterTypes(NamedTypes named, List<EnumPlan> namedEnums, GenerationOptions options, JavaLimits limits) {
    this.named = named;
    this.namedEnums = new LinkedHashMap<>();
    namedEnums.forEach(plan -> this.namedEnums.put(plan.name(), plan));
    this.options = options;
    this.limits = limits;
  }

  ChannelsPlan.ParameterType of(Parameter parameter) {
    Schema schema = parameter.schema();
    if (schema instanceof ReferenceSchema reference && named.kind(reference.name()) == SchemaKind.ENUM) {
      EnumPlan plan = namedEnums.get(named.className(reference.name()));
      if (plan != null && !plan.eventPatterns()) {
        // A default beside the $ref, else the schema's own.
        Object defaultValue = reference.info().defaultValue() != null ? reference.info().defaultValue()
            : named.schema(reference.name()).schema().info().defaultValue();
        return type(plan, defaultValue instanceof String text ? text : null);
      }
    }
    if (schema instanceof StringSchema string && string.isEnum() && !string.isEventPatternEnum()) {
      String defaultValue = string.info().defaultValue() instanceof String text ? text : null;
      return declared.computeIfAbsent(new OwnEnum(parameter.name(), string.enumValues(), defaultValue),
          key -> declare(parameter, string, defaultValue));
    }
    return ChannelsPlan.ParameterType.STRING;
  }

  /** The enums declared for parameters, in the order met. */
  List<TypePlan> plans() {
    return List.copyOf(plans);
  }

  /** A top-level enum named after the parameter; claimed after every schema's and message's name. */
  private ChannelsPlan.ParameterType declare(Parameter parameter, StringSchema schema, String defaultValue) {
    ClassName name = ClassName.get(named.packageName(),
        named.packageScope().claim(named.modelNames().of(JavaIdentifiers.pascalCase(parameter.name())), "Parameter"));
    EnumPlan plan = EnumPlanner.plan(name, schema, options, limits);
    plan = new EnumPlan(name, javadoc(parameter, schema, defaultValue), plan.constants(), plan.kind(), plan.known());
    plans.add(plan);
    return type(plan, defaultValue);
  }

  /** Markdown, as spec text is: the description, then what the type is for and the default. */
  private static String javadoc(Parameter parameter, StringSchema schema, String defaultValue) {
    String description = parameter.description() != null ? parameter.description() : schema.description();
    StringBuilder text = new StringBuilder();
    if (description != null && !description.isBlank()) {
      text.append(description.strip()).append("\n\n");
    }
    text.append("The values of the channel parameter `").append(parameter.name()).append("`.");
    if (defaultValue != null) {
      text.append(" Its default is `").append(defaultValue).append("`.");
    }
    return text.toString();
  }

  private static ChannelsPlan.ParameterType type(EnumPlan plan, String defaultValue) {
    List<String> values = plan.constants().stream().map(EnumPlan.Constant::value).toList();
    String defaultConstant = plan.constants().stream()
        .filter(constant -> constant.value().equals(defaultValue))
        .map(EnumPlan.Constant::name)
        .findFirst().orElse(null);
    return new ChannelsPlan.ParameterType(plan.name(), values, plan.kind() == EnumPlan.Kind.CLOSED, defaultValue,
        defaultConstant);
  }

  /** Parameters of the same name listing the same values (and default) share one enum. */
  private record OwnEnum(String parameterName, List<String> values, String defaultValue) {}
}
