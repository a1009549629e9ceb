package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.model.AllOfFlattener;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.FlatObject;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.StringSchema;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Java type of every named schema, decided before anything else is named, so that schema
 * types keep their own names and derived names yield to them.
 */
final class NamedTypes {
  /** Names the generated support code uses; schemas with these names are renamed. */
  static final String[] FIXED = {"Channels", "Channel", "EventPattern"};
  /** The facade's name, taken only when it is generated, so that without it no schema is renamed. */
  static final String REALTIME = "Realtime";
  /** The request/reply catalogue's names, taken only when some operation has a reply. */
  static final String OPERATIONS = "Operations";
  static final String REQUEST_REPLY = "RequestReply";

  /** java.lang types that generated code refers to by simple name. */
  private static final String[] JAVA_LANG = {"Object", "String", "Integer", "Long", "Double", "Float",
      "Boolean", "Override", "Class", "IllegalArgumentException", "Deprecated", "SuppressWarnings",
      "Character", "Math", "Iterable", "Enum", "Record", "Void"};

  private final AsyncApi api;
  private final String packageName;
  private final NameScope packageScope = new NameScope(true);
  private final Map<String, SchemaKind> kinds = new LinkedHashMap<>();
  private final Map<String, ClassName> classes = new LinkedHashMap<>();
  private final Set<String> usedAsType = new LinkedHashSet<>();
  private final AllOfFlattener flattener;

  /** @param brokerFacades the broker facades generated ({@code Kafka}...), whose names schemas yield */
  NamedTypes(AsyncApi api, String packageName, boolean realtime, java.util.List<String> brokerFacades,
      Diagnostics diagnostics) {
    this.api = api;
    this.packageName = packageName;
    this.flattener = new AllOfFlattener(api.schemas());
    packageScope.reserve(FIXED).reserve(JAVA_LANG);
    if (realtime) {
      packageScope.reserve(REALTIME);
    }
    if (!brokerFacades.isEmpty()) {
      packageScope.reserve(brokerFacades.toArray(String[]::new)).reserve(BrokerPlanner.CHANNEL_PATTERNS);
    }
    if (RequestReplyPlanner.needed(api)) {
      packageScope.reserve(OPERATIONS, REQUEST_REPLY);
    }
    Set<String> parents = AllOfParents.of(api);
    for (NamedSchema named : api.schemas().values()) {
      kinds.put(named.name(), kindOf(named.schema(), parents.contains(named.name())));
    }
    for (NamedSchema named : api.schemas().values()) {
      if (isUnionOfRecords(named.schema())) {
        kinds.put(named.name(), SchemaKind.UNION);
      }
    }
    for (NamedSchema named : api.schemas().values()) {
      if (kinds.get(named.name()) != SchemaKind.ALIAS) {
        String preferred = JavaIdentifiers.pascalCase(named.name());
        String claimed = packageScope.claim(preferred, "Schema");
        if (!claimed.equals(preferred)) {
          diagnostics.warning(named.position(), "schema '" + named.name() + "' would be the Java type " + preferred
              + ", which is taken; it is generated as " + claimed);
        }
        classes.put(named.name(), ClassName.get(packageName, claimed));
      }
    }
  }

  /** A oneOf or anyOf whose every alternative is a named record. */
  boolean isUnionOfRecords(Schema schema) {
    return schema instanceof CompositionSchema composition
        && composition.kind() != CompositionSchema.Kind.ALL_OF
        && composition.parts().size() > 1
        && composition.parts().stream().allMatch(part -> part instanceof ReferenceSchema reference
            && kinds.get(reference.name()) == SchemaKind.RECORD)
        && composition.parts().stream().map(part -> ((ReferenceSchema) part).name()).distinct().count()
            == composition.parts().size();
  }

  private static SchemaKind kindOf(Schema schema, boolean isParent) {
    boolean objectLike = schema instanceof ObjectSchema
        || schema instanceof CompositionSchema composition && composition.kind() == CompositionSchema.Kind.ALL_OF;
    if (objectLike && isParent) {
      return SchemaKind.INTERFACE;
    }
    if (schema instanceof ObjectSchema object) {
      return object.properties().isEmpty() ? SchemaKind.ALIAS : SchemaKind.RECORD;
    }
    if (objectLike) {
      return SchemaKind.RECORD;
    }
    if (schema instanceof StringSchema string && string.isEnum()) {
      return SchemaKind.ENUM;
    }
    return SchemaKind.ALIAS;
  }

  SchemaKind kind(String schemaName) {
    return kinds.getOrDefault(schemaName, SchemaKind.ALIAS);
  }

  ClassName className(String schemaName) {
    return classes.get(schemaName);
  }

  NamedSchema schema(String schemaName) {
    return api.schemas().get(schemaName);
  }

  /** Named schemas in document order. */
  Set<String> names() {
    return kinds.keySet();
  }

  /** Records that an interface schema is used as a value type, so it needs a record to decode into. */
  void markUsedAsType(String schemaName) {
    usedAsType.add(schemaName);
  }

  boolean isUsedAsType(String schemaName) {
    return usedAsType.contains(schemaName);
  }

  /** The properties of an object or an allOf, seen as one object. */
  FlatObject flatten(Schema schema) {
    if (schema instanceof CompositionSchema composition) {
      return flattener.flatten(composition);
    }
    ObjectSchema object = (ObjectSchema) schema;
    Map<String, String> descriptions = new LinkedHashMap<>();
    object.properties().stream().filter(p -> p.schema().description() != null)
        .forEach(p -> descriptions.put(p.name(), p.schema().description()));
    return new FlatObject(object.properties(), object.required(), object.additionalProperties(), java.util.List.of(),
        descriptions);
  }

  String packageName() {
    return packageName;
  }

  NameScope packageScope() {
    return packageScope;
  }
}
