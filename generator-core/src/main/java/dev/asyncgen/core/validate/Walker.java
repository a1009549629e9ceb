package dev.asyncgen.core.validate;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.ValueShape;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Walks a document along the {@link Rules}, reporting every mismatch and going on. One pass over
 * the nodes; beyond the visit, the only cost is building the names that messages use.
 */
final class Walker {
  private final SpecVersion version;
  private final Diagnostics diagnostics;
  private final MapNode root;

  /** @param root the root document, where checks look up what a local {@code $ref} names */
  Walker(SpecVersion version, Diagnostics diagnostics, MapNode root) {
    this.version = version;
    this.diagnostics = diagnostics;
    this.root = root;
  }

  SpecVersion version() {
    return version;
  }

  MapNode root() {
    return root;
  }

  void error(SourcePosition at, String message) {
    diagnostics.error(at, message);
  }

  void warning(SourcePosition at, String message) {
    diagnostics.warning(at, message);
  }

  /** Checks an object against its rule; {@code where} names the object itself. */
  void object(MapNode map, ObjectRule rule, Where where) {
    for (String key : map.keys()) {
      Field field = rule.field(key);
      if (field == null) {
        if (!isExtension(key) || rule.extensionsSince() == null || !version.atLeast(rule.extensionsSince())) {
          error(map.keyPosition(key), unknownField(key, rule, where));
        }
      } else if (!version.atLeast(field.since())) {
        error(map.keyPosition(key), "'" + key + "' in " + rule.aNoun() + " requires AsyncAPI " + field.since()
            + " or later; this document is " + version.text());
      } else if (Rules.isTrait(rule) && map.get(key) instanceof ScalarNode scalar && scalar.isNull()) {
        continue; // traits are JSON Merge Patches: null deletes the field from the object
      } else {
        value(map.get(key), field.kind(), "'" + key + "' in " + where.label(), where, nounOf(field));
      }
    }
    for (Field field : rule.fields().values()) {
      if (field.required() && !map.has(field.name()) && version.atLeast(field.since())) {
        error(map.position(), where.label() + " is missing '" + field.name() + "'");
      }
    }
    for (ObjectRule.Check check : rule.checks()) {
      check.check(map, this, where);
    }
  }

  /**
   * Checks one value.
   *
   * @param subject how a type error names the value ("'title' in info", "channel 'a'")
   * @param parent the object holding the value, or holding the map or list that holds it
   * @param noun what the value is called if it is an object ("subscribe operation", "server 'a'")
   */
  void value(SpecNode node, Kind kind, String subject, Where parent, String noun) {
    // Java 17 has no pattern matching in switch, hence the instanceof chain.
    if (kind instanceof Kind.Simple simple) {
      simple(node, simple, subject);
    } else if (kind instanceof Kind.Obj obj) {
      if (node instanceof MapNode map) {
        Where own = parent.child(noun);
        object(map, obj.rule(), obj.rule().chainEnds() ? own.endingChain() : own);
      } else {
        wrongType(node, subject, ValueShape.OBJECT);
      }
    } else if (kind instanceof Kind.Ref ref) {
      if (!reference(node, ref, parent.child(noun))) {
        value(node, ref.target(), subject, parent, noun);
      }
    } else if (kind instanceof Kind.MapOf mapOf) {
      entries(node, mapOf, subject, parent);
    } else if (kind instanceof Kind.ListOf listOf) {
      items(node, listOf, subject, parent);
    } else if (kind instanceof Kind.Since since) {
      value(node, version.atLeast(since.since()) ? since.from() : since.before(), subject, parent, noun);
    } else if (kind instanceof Kind.Special special) {
      special(node, special, subject, parent, noun);
    }
  }

  /** "a list", "an object": what a value of {@code kind} is, for messages. */
  static String describe(Kind kind) {
    if (kind instanceof Kind.Simple simple) {
      return simple.shape().description();
    }
    if (kind instanceof Kind.Ref ref) {
      return describe(ref.target());
    }
    if (kind instanceof Kind.Since since) {
      return describe(since.from());
    }
    if (kind instanceof Kind.ListOf) {
      return ValueShape.LIST.description();
    }
    return (kind == Kind.Special.SCHEMA ? ValueShape.SCHEMA : ValueShape.OBJECT).description();
  }

  void wrongType(SpecNode node, String subject, ValueShape expected) {
    error(node.position(), expected.mismatch(subject, node));
  }

  /** For an expectation no single shape names ("a list of schemas"). */
  void wrongType(SpecNode node, String subject, String expected) {
    error(node.position(), ValueShape.mismatch(subject, expected, node));
  }

  private void simple(SpecNode node, Kind.Simple kind, String subject) {
    if (!kind.shape().accepts(node)) {
      wrongType(node, subject, kind.shape());
    }
  }

  /**
   * Handles {@code node} if it is a Reference Object: a string {@code $ref}, in a version that
   * allows one here. What it points at is the resolver's business.
   *
   * @return whether the node was a reference
   */
  private boolean reference(SpecNode node, Kind.Ref ref, Where where) {
    if (!(node instanceof MapNode map) || !map.has("$ref")) {
      return false;
    }
    if (!version.atLeast(ref.since())) {
      error(map.keyPosition("$ref"), "'$ref' in place of " + aNounOf(ref.target()) + " requires AsyncAPI "
          + ref.since() + " or later; this document is " + version.text());
    } else if (!ValueShape.STRING.accepts(map.get("$ref"))) {
      wrongType(map.get("$ref"), "'$ref' in " + where.label(), ValueShape.STRING);
    }
    // Other fields next to $ref "SHALL be ignored" (Reference Object), so they are not reported.
    return true;
  }

  private void entries(SpecNode node, Kind.MapOf kind, String subject, Where parent) {
    if (!(node instanceof MapNode map)) {
      wrongType(node, subject, ValueShape.OBJECT);
      return;
    }
    for (String key : map.keys()) {
      if (kind.keys() != null && !kind.keys().matcher(key).matches()) {
        keyMismatch(map.keyPosition(key), kind, key);
      }
      String noun = kind.entryNoun() + " '" + key + "'";
      value(map.get(key), kind.values(), parent.child(noun).label(), nested(parent, kind.values(), noun), noun);
    }
  }

  private void keyMismatch(SourcePosition at, Kind.MapOf kind, String key) {
    String message = kind.entryNoun() + " name '" + key + "' does not match " + kind.keys().pattern();
    if (kind.keysAdvised() && !key.isEmpty()) {
      warning(at, message + ", as the AsyncAPI " + version.major()
          + ".x text requires (its JSON Schema and parser accept the name)");
    } else {
      error(at, message);
    }
  }

  private void items(SpecNode node, Kind.ListOf kind, String subject, Where parent) {
    if (!(node instanceof ListNode list)) {
      wrongType(node, subject, ValueShape.LIST);
      return;
    }
    List<SpecNode> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      String noun = kind.itemNoun() + " #" + (i + 1);
      value(items.get(i), kind.items(), parent.child(noun).label(), nested(parent, kind.items(), noun), noun);
    }
  }

  /**
   * What an entry's own entries are named after. Maps and lists name their entries after the
   * object holding them ("parameter 'id' of channel 'a'"), but a map or list inside another one has
   * no object to name, so its entries name the outer entry ("scope #1 of scheme 'oauth' of security
   * requirement #2 of server 's'").
   */
  private static Where nested(Where parent, Kind entryKind, String entryNoun) {
    Kind kind = entryKind;
    while (kind instanceof Kind.Ref ref) {
      kind = ref.target();
    }
    return kind instanceof Kind.MapOf || kind instanceof Kind.ListOf || kind instanceof Kind.Since
        ? parent.child(entryNoun) : parent;
  }

  private void special(SpecNode node, Kind.Special kind, String subject, Where parent, String noun) {
    switch (kind) {
      case SCHEMA -> SchemaShape.check(node, parent.child(noun).label(), this);
      case BINDINGS -> {
        // Any protocol name, any contents: bindings are versioned apart from the specification.
        if (!(node instanceof MapNode)) {
          wrongType(node, subject, ValueShape.OBJECT);
        }
      }
      case OPERATION_MESSAGE -> operationMessage(node, subject, parent, noun);
      case MULTI_FORMAT_SCHEMA -> multiFormatSchema(node, subject, parent, noun);
      case REFERENCE -> {
        if (!reference(node, Kind.ref(kind), parent.child(noun))) {
          wrongType(node, subject, "a Reference Object ({$ref: ...})");
        }
      }
      case STRING_OR_NULL -> {
        if (!(node instanceof ScalarNode scalar && (scalar.isNull() || scalar.isString()))) {
          wrongType(node, subject, "a string or null");
        }
      }
    }
  }

  /** A Message Object, or {@code oneOf} alone with a list of Message or Reference Objects. */
  private void operationMessage(SpecNode node, String subject, Where parent, String noun) {
    if (!(node instanceof MapNode map) || !map.has("oneOf")) {
      value(node, Kind.obj(Rules.MESSAGE), subject, parent, noun);
      return;
    }
    Where own = parent.child(noun);
    for (String key : map.keys()) {
      if (!key.equals("oneOf")) {
        error(map.keyPosition(key), "'" + key + "' cannot stand next to 'oneOf' in " + own.label()
            + ": a message with 'oneOf' holds only the list of messages");
      }
    }
    // Each alternative is named after the operation: "message #2 of subscribe operation of ...".
    value(map.get("oneOf"), Kind.listOf(Kind.ref(Rules.MESSAGE), "message"), "'oneOf' in " + own.label(), parent,
        "oneOf");
  }

  /**
   * A Multi Format Schema Object when {@code schemaFormat} is there (a Schema Object has no such
   * keyword), else a Schema Object or a Reference Object.
   */
  private void multiFormatSchema(SpecNode node, String subject, Where parent, String noun) {
    if (node instanceof MapNode map && map.has("schemaFormat") && !map.has("$ref")) {
      value(node, Kind.obj(RulesV3.MULTI_FORMAT_SCHEMA), subject, parent, noun);
    } else {
      SchemaShape.check(node, parent.child(noun).label(), this);
    }
  }

  private String unknownField(String key, ObjectRule rule, Where where) {
    String allowed = rule.fields().values().stream()
        .filter(f -> version.atLeast(f.since()))
        .map(Field::name)
        .collect(Collectors.joining(", "));
    String extensions = rule.extensionsSince() != null && version.atLeast(rule.extensionsSince())
        ? "; extensions start with x-" : "";
    return "unknown field '" + key + "' in " + where.label() + " (allowed: " + allowed + extensions + ")";
  }

  private static boolean isExtension(String key) {
    return key.startsWith("x-") && key.length() > 2;
  }

  private static String nounOf(Field field) {
    if (field.noun() != null) {
      return field.noun();
    }
    Kind kind = field.kind();
    while (kind instanceof Kind.Ref ref) {
      kind = ref.target();
    }
    return kind instanceof Kind.Obj obj ? obj.rule().noun() : field.name();
  }

  private static String aNounOf(Kind kind) {
    if (kind instanceof Kind.Obj obj) {
      return obj.rule().aNoun();
    }
    if (kind instanceof Kind.Ref ref) {
      return aNounOf(ref.target());
    }
    if (kind == Kind.Special.SCHEMA || kind == Kind.Special.MULTI_FORMAT_SCHEMA) {
      return "a schema";
    }
    return kind == Kind.Special.BINDINGS ? "a bindings object" : "a message";
  }
}
