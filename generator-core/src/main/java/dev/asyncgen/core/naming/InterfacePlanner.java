package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.FlatObject;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans sealed interfaces for schemas that others extend with allOf. An accessor is declared only
 * where every implementor can implement it: the same type everywhere, or Object where the
 * implementors narrow it differently (a record accessor may return a subtype).
 */
final class InterfacePlanner {
  private final NamedTypes named;
  private final TypeMapper types;
  private final GenerationOptions options;
  private final Map<String, InterfaceShape> shapes = new LinkedHashMap<>();
  private final Set<String> shaping = new HashSet<>();
  private final Map<String, InterfacePlan> plans = new LinkedHashMap<>();
  private RecordPlanner records;

  InterfacePlanner(NamedTypes named, TypeMapper types, GenerationOptions options) {
    this.named = named;
    this.types = types;
    this.options = options;
  }

  void setRecordPlanner(RecordPlanner records) {
    this.records = records;
  }

  InterfaceShape shape(String schemaName) {
    InterfaceShape known = shapes.get(schemaName);
    if (known != null) {
      return known;
    }
    ClassName name = named.className(schemaName);
    if (!shaping.add(schemaName)) {
      return new InterfaceShape(name, List.of(), Map.of(), Map.of(), Owner.nestedIn(name), List.of());
    }
    NamedSchema schema = named.schema(schemaName);
    FlatObject flat = named.flatten(schema.schema());
    List<String> parents = flat.parents().stream().filter(p -> named.kind(p) == SchemaKind.INTERFACE).toList();
    Map<String, RecordPlanner.Inherited> inherited = new LinkedHashMap<>();
    for (String parent : parents) {
      InterfaceShape parentShape = shape(parent);
      flat.properties().forEach(p -> parentShape.member(p).ifPresent(m -> inherited.putIfAbsent(p.name(), m)));
    }
    NameScope members = new NameScope(false);
    Map<String, String> javaNames = RecordPlanner.componentNames(flat.properties(), inherited, members);
    Owner owner = Owner.nestedIn(name);
    Map<String, TypeName> memberTypes = new LinkedHashMap<>();
    for (Property property : flat.properties()) {
      RecordPlanner.Inherited from = inherited.get(property.name());
      boolean required = options.enforceRequired() && flat.isRequired(property.name());
      memberTypes.put(property.name(),
          from != null ? from.type() : types.map(property.schema(), owner, property.name(), required));
    }
    InterfaceShape shape = new InterfaceShape(name, flat.properties(), javaNames, memberTypes, owner, parents);
    shapes.put(schemaName, shape);
    shaping.remove(schemaName);
    return shape;
  }

  /** The default record decoded where the interface itself is a value's type, or null when unused. */
  RecordPlan defaultRecord(String schemaName) {
    if (!named.isUsedAsType(schemaName)) {
      return null;
    }
    InterfaceShape shape = shape(schemaName);
    NamedSchema schema = named.schema(schemaName);
    ClassName name = shape.owner().claim("Default");
    return records.plan(name, "The " + shape.name().simpleName() + " decoded where no more specific type is known.",
        named.flatten(schema.schema()), List.of(schemaName));
  }

  /**
   * Plans the interface, parents first.
   *
   * @param implementors every record implementing it, directly or through other interfaces
   */
  InterfacePlan plan(String schemaName, List<RecordPlan> implementors, RecordPlan defaultRecord,
      List<ClassName> permits) {
    InterfacePlan known = plans.get(schemaName);
    if (known != null) {
      return known;
    }
    InterfaceShape shape = shape(schemaName);
    List<RecordPlan> all = new ArrayList<>(implementors);
    if (defaultRecord != null) {
      all.add(defaultRecord);
    }
    List<InterfacePlan.Accessor> accessors = new ArrayList<>();
    for (Property property : shape.properties()) {
      TypeName type = accessorType(shape.types().get(property.name()), property.name(), all);
      if (type != null && !leftToParents(shape, property.name(), type)) {
        accessors.add(new InterfacePlan.Accessor(shape.javaNames().get(property.name()), type,
            named.flatten(named.schema(schemaName).schema()).description(property.name())));
      }
    }
    List<ClassName> superInterfaces = shape.parents().stream().map(named::className).toList();
    InterfacePlan plan = new InterfacePlan(shape.name(), named.schema(schemaName).schema().description(), accessors,
        superInterfaces, permits, defaultRecord, shape.owner().nested());
    plans.put(schemaName, plan);
    return plan;
  }

  private static TypeName accessorType(TypeName own, String jsonName, List<RecordPlan> implementors) {
    List<TypeName> implemented = implementors.stream()
        .map(record -> record.components().stream().filter(c -> c.jsonName().equals(jsonName)).findFirst()
            .map(ComponentPlan::type).orElse(null))
        .toList();
    if (implemented.stream().allMatch(own::equals)) {
      return own;
    }
    boolean anyPrimitive = own.isPrimitive()
        || implemented.stream().anyMatch(t -> t == null || t.isPrimitive());
    return anyPrimitive ? null : ClassName.OBJECT;
  }

  /**
   * Whether a parent interface already declares the accessor: with the same type (no need to repeat
   * it), or with a type this one could not narrow covariantly. Narrowing Object is kept.
   */
  private boolean leftToParents(InterfaceShape shape, String jsonName, TypeName type) {
    for (String parent : shape.parents()) {
      InterfacePlan parentPlan = plans.get(parent);
      if (parentPlan == null) {
        continue;
      }
      String javaName = shapes.get(parent).javaNames().get(jsonName);
      for (InterfacePlan.Accessor accessor : parentPlan.accessors()) {
        boolean narrowsObject = accessor.type().equals(ClassName.OBJECT) && !type.equals(ClassName.OBJECT);
        if (Objects.equals(accessor.name(), javaName) && !narrowsObject) {
          return true;
        }
      }
    }
    return false;
  }
}
