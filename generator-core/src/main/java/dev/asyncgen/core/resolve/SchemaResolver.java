package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.BooleanSchema;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.IntegerSchema;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.NumberSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.SchemaInfo;
import dev.asyncgen.core.model.StringSchema;
import dev.asyncgen.core.model.UntypedSchema;
import dev.asyncgen.core.shape.SchemaFormats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Builds {@link Schema}s. A {@code $ref} never expands in place: it becomes a
 * {@link ReferenceSchema} to a named schema, registered on first sight and built once. That is
 * what makes recursive schemas finite.
 */
final class SchemaResolver {
  private static final String COMPONENT_SCHEMAS = "/components/schemas/";
  /** The validation keywords kept as constraints: generated code checks none ({@code uniqueItems} is the array's). */
  private static final List<String> CONSTRAINTS = List.of("minLength", "maxLength", "pattern", "minimum", "maximum",
      "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "minProperties", "maxProperties");
  private static final Set<String> TYPES = Set.of("object", "array", "string", "integer", "number", "boolean", "null");

  private final ReferenceResolver references;
  private final Fields fields;
  private final Diagnostics diagnostics;
  private final Map<String, String> nameByLocation = new HashMap<>();
  private final Map<String, Pending> pendingByName = new LinkedHashMap<>();
  private final Map<String, NamedSchema> built = new LinkedHashMap<>();
  private final Queue<String> toBuild = new ArrayDeque<>();

  private record Pending(Location location, SourcePosition firstUse) {}

  private final boolean multiFormatNamed;

  /**
   * @param multiFormatNamed whether named schemas (components, {@code $ref} targets) may be 3.x Multi Format
   *     Schema Objects
   */
  SchemaResolver(ReferenceResolver references, Fields fields, Diagnostics diagnostics, boolean multiFormatNamed) {
    this.references = references;
    this.multiFormatNamed = multiFormatNamed;
    this.fields = fields;
    this.diagnostics = diagnostics;
  }

  /** Registers every {@code components/schemas} entry first, so they keep their own names. */
  void registerComponents(SourceFile root, MapNode components) {
    for (String key : components.keys()) {
      register(new Location(root, COMPONENT_SCHEMAS + JsonPointer.escape(key)),
          key, components.keyPosition(key));
    }
  }

  /** Builds every registered schema, including those registered while building others. */
  Map<String, NamedSchema> buildAll() {
    String name;
    while ((name = toBuild.poll()) != null) {
      Pending pending = pendingByName.get(name);
      SpecNode node = references.fetch(pending.location(), pending.firstUse());
      if (node == null) {
        continue;
      }
      Schema schema = multiFormatNamed ? multiFormat(node) : schema(node);
      built.put(name, new NamedSchema(name, schema, pending.location().display(), node.position()));
    }
    checkAliasLoops();
    Map<String, NamedSchema> ordered = new LinkedHashMap<>();
    pendingByName.keySet().stream().filter(built::containsKey).forEach(n -> ordered.put(n, built.get(n)));
    return ordered;
  }

  /**
   * A schema where AsyncAPI 3.x allows a Multi Format Schema Object ({@code {schemaFormat, schema}}):
   * its {@code schema} when the format is JSON Schema-like, else typed as anything, with a warning. Any
   * other node is a schema.
   */
  Schema multiFormat(SpecNode node) {
    if (!SchemaFormats.isMultiFormatSchemaObject(node)) {
      return schema(node);
    }
    MapNode map = (MapNode) node;
    String format = fields.string(map, "schemaFormat");
    if (SchemaFormats.isJsonSchema(format)) {
      return schema(map.get("schema"));
    }
    diagnostics.warning(map.keyPosition("schemaFormat"), "schemaFormat '" + format
        + "' is not supported: the schema is typed as Object");
    return new UntypedSchema(SchemaInfo.at(map.get("schema").position()));
  }

  /** A schema from a node that may be a reference. */
  Schema schema(SpecNode node) {
    String ref = ReferenceResolver.refOf(node);
    if (ref != null) {
      return reference(ref, node);
    }
    if (node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.BOOLEAN) {
      return new UntypedSchema(SchemaInfo.at(node.position()));
    }
    MapNode map = fields.asMap(node, "a schema");
    if (map == null) {
      return new UntypedSchema(SchemaInfo.at(node.position()));
    }
    return objectLike(map);
  }

  private Schema reference(String ref, SpecNode node) {
    SourcePosition at = ReferenceResolver.refPosition(node);
    Location location = references.locate(ref, at);
    if (location == null) {
      return new UntypedSchema(SchemaInfo.at(at));
    }
    String name = nameByLocation.get(location.canonical());
    if (name == null) {
      name = register(location, uniqueName(location.lastToken()), at);
    }
    return new ReferenceSchema(name, SchemaInfo.at(node.position()));
  }

  private String register(Location location, String name, SourcePosition firstUse) {
    nameByLocation.put(location.canonical(), name);
    pendingByName.put(name, new Pending(location, firstUse));
    toBuild.add(name);
    return name;
  }

  private String uniqueName(String base) {
    String name = base.isEmpty() ? "Schema" : base;
    for (int i = 2; pendingByName.containsKey(name); i++) {
      name = base + i;
    }
    return name;
  }

  private Schema objectLike(MapNode map) {
    if (map.has("not")) {
      diagnostics.warning(map.keyPosition("not"), "'not' is not supported: generated types ignore it");
    }
    SchemaInfo info = info(map);
    Schema composition = composition(map, info);
    if (composition != null) {
      return composition;
    }
    String type = type(map);
    if (type == null) {
      type = inferType(map);
    }
    return switch (type == null ? "" : type) {
      case "object" -> object(map, info);
      case "array" -> array(map, info);
      case "string" -> new StringSchema(info, fields.string(map, "format"), enumStrings(map), fields.string(map, "pattern"));
      case "integer" -> new IntegerSchema(info, fields.string(map, "format"), enumValues(map));
      case "number" -> new NumberSchema(info, fields.string(map, "format"), enumValues(map));
      case "boolean" -> new BooleanSchema(info);
      default -> new UntypedSchema(info);
    };
  }

  private Schema composition(MapNode map, SchemaInfo info) {
    for (CompositionSchema.Kind kind : CompositionSchema.Kind.values()) {
      ListNode parts = fields.list(map, kind.keyword());
      if (parts == null) {
        continue;
      }
      List<Schema> schemas = new ArrayList<>();
      parts.items().forEach(part -> schemas.add(schema(part)));
      if (kind == CompositionSchema.Kind.ALL_OF && (map.has("properties") || map.has("additionalProperties"))) {
        schemas.add(object(map, SchemaInfo.at(map.position())));
      }
      return new CompositionSchema(info, kind, schemas, discriminator(map));
    }
    return null;
  }

  private ObjectSchema object(MapNode map, SchemaInfo info) {
    List<Property> properties = new ArrayList<>();
    MapNode propertiesNode = fields.map(map, "properties");
    if (propertiesNode != null) {
      propertiesNode.entries().forEach((name, node) ->
          properties.add(new Property(name, schema(node), propertiesNode.keyPosition(name))));
    }
    List<String> required = fields.strings(map, "required");
    return new ObjectSchema(info, properties, List.copyOf(new LinkedHashSet<>(required)), additionalProperties(map),
        discriminator(map));
  }

  private AdditionalProperties additionalProperties(MapNode map) {
    SpecNode node = map.get("additionalProperties");
    if (node == null) {
      return AdditionalProperties.UNSPECIFIED;
    }
    if (node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.BOOLEAN) {
      return Boolean.TRUE.equals(scalar.value()) ? AdditionalProperties.ANY : AdditionalProperties.NONE;
    }
    if (node instanceof MapNode value && value.entries().isEmpty()) {
      return AdditionalProperties.ANY;
    }
    return AdditionalProperties.typed(schema(node));
  }

  private ArraySchema array(MapNode map, SchemaInfo info) {
    SpecNode items = map.get("items");
    List<Schema> tuple = new ArrayList<>();
    Schema itemSchema;
    if (items instanceof ListNode list) {
      list.items().forEach(item -> tuple.add(schema(item)));
      itemSchema = new UntypedSchema(SchemaInfo.at(list.position()));
    } else if (items != null) {
      itemSchema = schema(items);
    } else {
      itemSchema = new UntypedSchema(SchemaInfo.at(map.position()));
    }
    return new ArraySchema(info, itemSchema, tuple, fields.bool(map, "uniqueItems", false));
  }

  private SchemaInfo info(MapNode map) {
    return new SchemaInfo(
        fields.string(map, "title"),
        fields.string(map, "description"),
        nullable(map),
        fields.bool(map, "deprecated", false),
        PlainValues.of(map.get("default")),
        PlainValues.of(map.get("const")),
        constraints(map),
        map.position());
  }

  private static Map<String, Object> constraints(MapNode map) {
    Map<String, Object> constraints = new LinkedHashMap<>();
    for (String keyword : CONSTRAINTS) {
      Object value = PlainValues.of(map.get(keyword));
      if (value != null && !(value instanceof Map) && !(value instanceof List)) {
        constraints.put(keyword, value);
      }
    }
    return constraints;
  }

  private boolean nullable(MapNode map) {
    if (map.get("type") instanceof ListNode types
        && types.items().stream().anyMatch(t -> t instanceof ScalarNode s && "null".equals(s.text()))) {
      return true;
    }
    if (map.get("enum") instanceof ListNode values
        && values.items().stream().anyMatch(v -> v instanceof ScalarNode s && s.isNull())) {
      return true;
    }
    return fields.bool(map, "nullable", false) || fields.bool(map, "x-nullable", false);
  }

  /** The single non-null type, or null when absent or ambiguous. */
  private String type(MapNode map) {
    SpecNode node = map.get("type");
    List<String> types = new ArrayList<>();
    if (node instanceof ScalarNode scalar && scalar.isString()) {
      types.add(scalar.text());
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> {
        if (item instanceof ScalarNode scalar && scalar.isString()) {
          types.add(scalar.text());
        }
      });
    } else if (node != null) {
      diagnostics.error(node.position(), "'type' must be a type name or a list of them, found " + node.kind());
      return null;
    }
    for (String type : types) {
      if (!TYPES.contains(type)) {
        diagnostics.error(node.position(), "unknown schema type '" + type + "'; expected one of "
            + String.join(", ", TYPES.stream().sorted().toList()));
        return null;
      }
    }
    List<String> nonNull = types.stream().filter(t -> !t.equals("null")).toList();
    return nonNull.size() == 1 ? nonNull.get(0) : null;
  }

  private static String inferType(MapNode map) {
    if (map.get("type") instanceof ListNode) {
      return null;
    }
    if (map.has("properties") || map.has("additionalProperties")) {
      return "object";
    }
    if (map.has("items")) {
      return "array";
    }
    if (map.get("const") instanceof ScalarNode constant && !constant.isNull()) {
      return switch (constant.type()) {
        case STRING -> "string";
        case INTEGER -> "integer";
        case FLOAT -> "number";
        case BOOLEAN -> "boolean";
        case NULL -> null;
      };
    }
    if (map.get("enum") instanceof ListNode values && !values.items().isEmpty()
        && values.items().stream().allMatch(v -> v instanceof ScalarNode s && (s.isString() || s.isNull()))) {
      return "string";
    }
    return null;
  }

  private List<String> enumStrings(MapNode map) {
    List<String> values = new ArrayList<>();
    ListNode list = fields.list(map, "enum");
    if (list != null) {
      for (SpecNode item : list.items()) {
        if (item instanceof ScalarNode scalar && !scalar.isNull()) {
          values.add(scalar.text());
        } else if (!(item instanceof ScalarNode)) {
          diagnostics.error(item.position(), "a string enum value must be a string, found " + item.kind());
        }
      }
    }
    return List.copyOf(new LinkedHashSet<>(values));
  }

  private List<Object> enumValues(MapNode map) {
    List<Object> values = new ArrayList<>();
    ListNode list = fields.list(map, "enum");
    if (list != null) {
      list.items().stream().map(PlainValues::of).filter(v -> v != null).forEach(values::add);
    }
    return values;
  }

  private String discriminator(MapNode map) {
    SpecNode node = map.get("discriminator");
    if (node instanceof MapNode openApiStyle) {
      return fields.string(openApiStyle, "propertyName");
    }
    return fields.string(map, "discriminator");
  }

  /** A named schema that is only a reference to itself, directly or through others, is an error. */
  private void checkAliasLoops() {
    for (NamedSchema start : built.values()) {
      List<String> chain = new ArrayList<>(List.of(start.name()));
      Schema current = start.schema();
      while (current instanceof ReferenceSchema reference && built.containsKey(reference.name())) {
        chain.add(reference.name());
        if (reference.name().equals(start.name())) {
          diagnostics.error(start.position(), "schema '" + start.name() + "' is only a reference to itself: "
              + String.join(" -> ", chain));
          break;
        }
        if (chain.size() > built.size() + 1) {
          break;
        }
        current = built.get(reference.name()).schema();
      }
    }
  }
}
