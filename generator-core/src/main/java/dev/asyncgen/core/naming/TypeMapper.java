package dev.asyncgen.core.naming;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.BooleanSchema;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.IntegerSchema;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.NumberSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.StringSchema;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Maps schemas to Java types, declaring inline enums and objects in their owner as it goes. */
final class TypeMapper {
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName MAP = ClassName.get(Map.class);
  static final ClassName STRING = ClassName.get(String.class);

  private final NamedTypes named;
  private final GenerationOptions options;
  private final Diagnostics diagnostics;
  private final JavaLimits limits;
  private final Set<String> expandingAliases = new HashSet<>();
  private RecordPlanner records;

  TypeMapper(NamedTypes named, GenerationOptions options, Diagnostics diagnostics, JavaLimits limits) {
    this.named = named;
    this.options = options;
    this.diagnostics = diagnostics;
    this.limits = limits;
  }

  void setRecordPlanner(RecordPlanner records) {
    this.records = records;
  }

  /**
   * The Java type of a property.
   *
   * @param name the property's JSON name, which inline types are named after
   * @param required whether a value must be present, which allows a primitive
   */
  TypeName map(Schema schema, Owner owner, String name, boolean required) {
    boolean primitive = required && !schema.info().nullable();
    TypeName type = mapShape(schema, owner, name, primitive);
    return primitive ? type : type.box();
  }

  private TypeName mapShape(Schema schema, Owner owner, String name, boolean primitive) {
    if (schema instanceof ReferenceSchema reference) {
      return named(reference.name(), primitive);
    }
    if (schema instanceof StringSchema string) {
      return string(string, owner, name);
    }
    if (schema instanceof IntegerSchema integer) {
      return mapped("integer", integer.format(), "int32".equals(integer.format()) ? TypeName.INT : TypeName.LONG);
    }
    if (schema instanceof NumberSchema number) {
      return mapped("number", number.format(), "float".equals(number.format()) ? TypeName.FLOAT : TypeName.DOUBLE);
    }
    if (schema instanceof BooleanSchema) {
      return mapped("boolean", null, TypeName.BOOLEAN);
    }
    if (schema instanceof ArraySchema array) {
      TypeName items = array.tupleItems().isEmpty()
          ? map(array.items(), owner, JavaIdentifiers.singular(name), false)
          : ClassName.OBJECT;
      return ParameterizedTypeName.get(LIST, items);
    }
    if (schema instanceof ObjectSchema object) {
      if (object.properties().isEmpty()) {
        return mapOf(object.additionalProperties(), owner, name);
      }
      return records.inline(owner, name, named.flatten(object), List.of(), object.description());
    }
    if (schema instanceof CompositionSchema composition) {
      if (composition.kind() == CompositionSchema.Kind.ALL_OF) {
        List<String> parents = composition.parents().stream().map(ReferenceSchema::name).toList();
        return records.inline(owner, name, named.flatten(composition), parents, composition.description());
      }
      diagnostics.warning(composition.position(), composition.kind().keyword()
          + " is not supported yet: '" + name + "' is typed as Object");
      return ClassName.OBJECT;
    }
    return ClassName.OBJECT;
  }

  private TypeName string(StringSchema string, Owner owner, String name) {
    if (string.isEnum() && !string.isEventPatternEnum()) {
      return EnumPlanner.declare(owner, JavaIdentifiers.pascalCase(name), string, options, limits);
    }
    String format = string.format() == null ? "" : string.format();
    TypeName mapped = mapped("string", string.format(), null);
    if (mapped != null) {
      return mapped;
    }
    return switch (format) {
      case "date-time" -> dateTime();
      case "date" -> ClassName.get(LocalDate.class);
      case "uuid" -> ClassName.get(UUID.class);
      case "uri" -> ClassName.get(URI.class);
      case "byte" -> ArrayTypeName.of(TypeName.BYTE);
      default -> STRING;
    };
  }

  /** The user's {@code --type-mapping} for the format, else for the type, else {@code byDefault}. */
  private TypeName mapped(String type, String format, TypeName byDefault) {
    Map<String, String> mappings = options.model().typeMappings();
    String key = TypeMappingKeys.isFormatOf(format, type) && mappings.containsKey(format) ? format : type;
    return mappings.containsKey(key) ? ModelOptions.mappedClass(key, mappings.get(key)) : byDefault;
  }

  private TypeName dateTime() {
    return switch (options.dateTimeType()) {
      case OFFSET_DATE_TIME -> ClassName.get(OffsetDateTime.class);
      case INSTANT -> ClassName.get(Instant.class);
      case STRING -> STRING;
    };
  }

  private TypeName mapOf(AdditionalProperties additional, Owner owner, String name) {
    TypeName values = additional.kind() == AdditionalProperties.Kind.TYPED
        ? map(additional.schema(), owner, name + "Value", false)
        : ClassName.OBJECT;
    return ParameterizedTypeName.get(MAP, STRING, values);
  }

  private TypeName named(String schemaName, boolean primitive) {
    NamedSchema schema = named.schema(schemaName);
    SchemaKind kind = named.kind(schemaName);
    if (kind == SchemaKind.INTERFACE) {
      named.markUsedAsType(schemaName);
    }
    if (kind == SchemaKind.ENUM && ((StringSchema) schema.schema()).isEventPatternEnum()) {
      return STRING;
    }
    if (kind != SchemaKind.ALIAS) {
      return named.className(schemaName);
    }
    if (schema == null || !expandingAliases.add(schemaName)) {
      return ClassName.OBJECT;
    }
    try {
      Owner aliasOwner = Owner.topLevel(named.packageName(), JavaIdentifiers.pascalCase(schemaName),
          named.packageScope(), named.modelNames());
      TypeName type = mapShape(schema.schema(), aliasOwner, "", primitive && !schema.schema().info().nullable());
      records.addTopLevel(aliasOwner.nested());
      return type;
    } finally {
      expandingAliases.remove(schemaName);
    }
  }

  /**
   * Whether a type is {@code java.time} (by default or by a type mapping), which must be written as a string
   * whatever the mapper's defaults.
   */
  static boolean isDateTime(TypeName type) {
    return type instanceof ClassName className && className.packageName().equals("java.time");
  }
}
