package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.FlatObject;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.StringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plans records: component names (fixed names first), types, nested types and event views. */
final class RecordPlanner {
  private final NamedTypes named;
  private final TypeMapper types;
  private final GenerationOptions options;
  private final JavaLimits limits;
  private final ConstraintPlanner constraints;
  private final List<TypePlan> topLevel = new ArrayList<>();
  private InterfacePlanner interfaces;

  RecordPlanner(NamedTypes named, TypeMapper types, GenerationOptions options, JavaLimits limits,
      ConstraintPlanner constraints) {
    this.named = named;
    this.types = types;
    this.options = options;
    this.limits = limits;
    this.constraints = constraints;
  }

  void setInterfacePlanner(InterfacePlanner interfaces) {
    this.interfaces = interfaces;
  }

  /** Types declared at the top level on the way (inline types of schemas that have no type of their own). */
  List<TypePlan> topLevel() {
    return List.copyOf(topLevel);
  }

  void addTopLevel(List<TypePlan> plans) {
    plans.stream().filter(p -> !topLevel.contains(p)).forEach(topLevel::add);
  }

  /** Declares a record for an inline object in {@code owner}; returns its name. */
  ClassName inline(Owner owner, String propertyName, FlatObject object, List<String> parents, String javadoc) {
    ClassName name = owner.claim(JavaIdentifiers.pascalCase(propertyName));
    owner.add(plan(name, javadoc, object, parents));
    if (owner.isTopLevel()) {
      addTopLevel(owner.nested());
    }
    return name;
  }

  /**
   * Plans the record {@code name}.
   *
   * @param parents the allOf parents, by schema name; those that are interfaces are implemented
   */
  RecordPlan plan(ClassName name, String javadoc, FlatObject object, List<String> parents) {
    return plan(name, javadoc, object, parents, List.of());
  }

  /** @param unions the union interfaces the record is an alternative of */
  RecordPlan plan(ClassName name, String javadoc, FlatObject object, List<String> parents, List<ClassName> unions) {
    Owner owner = Owner.nestedIn(name);
    NameScope members = new NameScope(false);
    List<ClassName> implemented = new ArrayList<>();
    Map<String, Inherited> inherited = new LinkedHashMap<>();
    for (String parent : parents) {
      if (named.kind(parent) != SchemaKind.INTERFACE) {
        continue;
      }
      implemented.add(named.className(parent));
      InterfaceShape shape = interfaces.shape(parent);
      for (Property property : object.properties()) {
        shape.member(property).ifPresent(member -> inherited.putIfAbsent(property.name(), member));
      }
    }
    implemented.addAll(unions);
    Map<String, String> javaNames = componentNames(object.properties(), inherited, members);

    List<ComponentPlan> components = new ArrayList<>();
    List<EventViewPlan> views = new ArrayList<>();
    for (Property property : object.properties()) {
      boolean required = options.enforceRequired() && object.isRequired(property.name());
      Inherited from = inherited.get(property.name());
      TypeName type = from != null ? from.type() : types.map(property.schema(), owner, property.name(), required);
      String javaName = javaNames.get(property.name());
      Constraints constrained = options.model().beanValidation()
          ? constraints.component(property.name(), property.schema(), type, required) : Constraints.NONE;
      ComponentPlan component = new ComponentPlan(javaName, property.name(), type, required,
          TypeMapper.isDateTime(type), collection(type), object.description(property.name()), constrained);
      checkNames(property, component);
      components.add(component);
      eventPatterns(property.schema()).ifPresent(patterns -> views.add(eventView(owner, members, property,
          javaName, patterns)));
    }
    RecordPlan.UnknownProperties unknown = unknownProperties(object.additionalProperties());
    RecordPlan.AdditionalPropertiesPlan additional = null;
    if (unknown == RecordPlan.UnknownProperties.KEEP) {
      TypeName valueType = object.additionalProperties().kind() == AdditionalProperties.Kind.TYPED
          ? types.map(object.additionalProperties().schema(), owner, "additionalProperty", false)
          : ClassName.OBJECT;
      additional = new RecordPlan.AdditionalPropertiesPlan(members.claim("additionalProperties", "additional"),
          valueType);
    }
    limits.recordConstructor(name, object.properties(), components, additional != null);
    // Claimed last, so that the record's other names are the same with and without builders.
    RecordPlan.BuilderPlan builder = options.model().builders()
        ? new RecordPlan.BuilderPlan(owner.claim("Builder"), members.claim("builder", "newBuilder"),
            members.claim("toBuilder", "copyBuilder"))
        : null;
    return new RecordPlan(name, javadoc, components, implemented, owner.nested(), unknown, additional, views,
        builder);
  }

  /** The wire name becomes an annotation value and the message of a null check, the Java name a member name. */
  private void checkNames(Property property, ComponentPlan component) {
    boolean nullChecked = component.required() && !component.type().isPrimitive();
    limits.constant(property.position(), "the property name",
        nullChecked ? component.missingMessage() : property.name());
    limits.constant(property.position(), "the Java name of the property", component.name());
  }

  /** Names that are already Java identifiers claim first, so {@code id} keeps its name over {@code $id}. */
  static Map<String, String> componentNames(List<Property> properties, Map<String, Inherited> inherited,
      NameScope members) {
    Map<String, String> names = new LinkedHashMap<>();
    inherited.forEach((json, member) -> names.put(json, members.claim(member.javaName(), "value")));
    for (Property property : properties) {
      String camel = JavaIdentifiers.camelCase(property.name());
      if (!names.containsKey(property.name()) && camel.equals(property.name()) && !members.isTaken(camel)) {
        names.put(property.name(), members.claim(camel, "value"));
      }
    }
    for (Property property : properties) {
      if (!names.containsKey(property.name())) {
        names.put(property.name(), members.claim(JavaIdentifiers.camelCase(property.name()), "value"));
      }
    }
    return names;
  }

  private EventViewPlan eventView(Owner owner, NameScope members, Property property, String component,
      EventPatterns patterns) {
    String singular = JavaIdentifiers.singular(property.name());
    ClassName enumType = patterns.namedType() != null
        ? patterns.namedType()
        : EnumPlanner.declare(owner, JavaIdentifiers.pascalCase(singular), patterns.schema(), options, limits);
    String method = members.claim(JavaIdentifiers.camelCase(singular) + "Types", "eventTypes");
    return new EventViewPlan(method, component, patterns.list(), enumType);
  }

  /** An event-pattern enum under a property: inline, or a named enum schema. */
  private record EventPatterns(StringSchema schema, ClassName namedType, boolean list) {}

  private java.util.Optional<EventPatterns> eventPatterns(Schema schema) {
    boolean list = schema instanceof ArraySchema;
    Schema values = list ? ((ArraySchema) schema).items() : schema;
    ClassName namedType = null;
    if (values instanceof ReferenceSchema reference && named.kind(reference.name()) == SchemaKind.ENUM) {
      namedType = named.className(reference.name());
      values = named.schema(reference.name()).schema();
    }
    if (values instanceof StringSchema string && string.isEventPatternEnum()) {
      return java.util.Optional.of(new EventPatterns(string, namedType, list));
    }
    return java.util.Optional.empty();
  }

  private static RecordPlan.UnknownProperties unknownProperties(AdditionalProperties additional) {
    return switch (additional.kind()) {
      case ANY, TYPED -> RecordPlan.UnknownProperties.KEEP;
      case NONE -> RecordPlan.UnknownProperties.FAIL;
      case UNSPECIFIED -> RecordPlan.UnknownProperties.IGNORE;
    };
  }

  static ComponentPlan.Collection collection(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      if (parameterized.rawType().equals(TypeMapper.LIST)) {
        return ComponentPlan.Collection.LIST;
      }
      if (parameterized.rawType().equals(TypeMapper.MAP)) {
        return ComponentPlan.Collection.MAP;
      }
    }
    return ComponentPlan.Collection.NONE;
  }

  /** A property a record takes over from an interface: same Java name and type. */
  record Inherited(String javaName, TypeName type) {}
}
