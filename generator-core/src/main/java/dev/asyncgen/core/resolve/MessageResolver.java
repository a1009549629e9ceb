package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.CorrelationId;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.MessageExample;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.SchemaInfo;
import dev.asyncgen.core.model.UntypedSchema;
import dev.asyncgen.core.shape.SchemaFormats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds messages, once per referenced location, traits merged. */
final class MessageResolver {
  private final ReferenceResolver references;
  private final SchemaResolver schemas;
  private final Traits traits;
  private final Fields fields;
  private final Diagnostics diagnostics;
  private final String defaultContentType;
  private final Map<String, Message> byLocation = new HashMap<>();
  private final List<MergedMessage> built = new ArrayList<>();

  private final boolean multiFormat;

  /**
   * @param multiFormat whether payload and headers may be 3.x Multi Format Schema Objects (and traits
   *     yield to the message's own fields), rather than 2.x schemas with the message's {@code schemaFormat}
   */
  MessageResolver(ReferenceResolver references, SchemaResolver schemas, Fields fields, Diagnostics diagnostics,
      String defaultContentType, boolean multiFormat) {
    this.references = references;
    this.schemas = schemas;
    this.multiFormat = multiFormat;
    this.traits = new Traits(references, fields,
        multiFormat ? Traits.Precedence.OBJECT_WINS : Traits.Precedence.TRAIT_WINS);
    this.fields = fields;
    this.diagnostics = diagnostics;
    this.defaultContentType = defaultContentType;
  }

  /**
   * A message from a node that may be a reference; null when broken (reported).
   *
   * @param key the component key when the message is a component, else null (a reference to a
   *     component supplies it)
   */
  Message message(SpecNode node, String key) {
    return message(node, key, null);
  }

  /** @param id the message's id in a 3.x channel, which example warnings name it by when it has no name */
  private Message message(SpecNode node, String key, String id) {
    ReferenceResolver.Target target = references.follow(node);
    if (target == null) {
      return null;
    }
    String location = target.location() == null ? null : target.location().canonical();
    if (location != null && byLocation.containsKey(location)) {
      return byLocation.get(location);
    }
    String componentKey = key != null ? key : componentKey(target.location());
    MapNode map = fields.asMap(target.node(), "a message");
    if (map == null) {
      return null;
    }
    MapNode merged = traits.apply(map);
    Message message = build(merged, componentKey);
    boolean unnamed = message.key() == null && message.name() == null && message.title() == null;
    built.add(new MergedMessage(unnamed && id != null ? id : message.displayName(), merged));
    if (location != null) {
      byLocation.put(location, message);
    }
    return message;
  }

  /** Every message built so far, once each. */
  List<MergedMessage> built() {
    return List.copyOf(built);
  }

  /** A component message, shared with every reference to its location. */
  Message component(MapNode messages, String key, Location location) {
    Message known = byLocation.get(location.canonical());
    if (known != null) {
      return known;
    }
    Message message = message(messages.get(key), key);
    if (message != null) {
      byLocation.put(location.canonical(), message);
    }
    return message;
  }

  /**
   * A message of a 3.x channel's messages map, shared with every reference to its location (an
   * operation's {@code messages} point there). An inline one keeps no key: like a 2.x inline message it
   * is named after its name, title or operation.
   */
  Message channelMessage(SpecNode node, Location location) {
    Message known = byLocation.get(location.canonical());
    if (known != null) {
      return known;
    }
    Message message = message(node, null, location.lastToken());
    if (message != null) {
      byLocation.put(location.canonical(), message);
    }
    return message;
  }

  private static String componentKey(Location location) {
    if (location != null && location.pointer().startsWith("/components/messages/")
        && JsonPointer.tokens(location.pointer()).size() == 3) {
      return location.lastToken();
    }
    return null;
  }

  private Message build(MapNode map, String key) {
    Schema headers = !map.has("headers") ? null
        : multiFormat ? schemas.multiFormat(map.get("headers")) : schemas.schema(map.get("headers"));
    Schema payload = map.has("payload") ? payload(map) : null;
    String contentType = fields.string(map, "contentType");
    return new Message(
        key,
        fields.string(map, "name"),
        fields.string(map, "title"),
        fields.string(map, "summary"),
        fields.string(map, "description"),
        contentType != null ? contentType : defaultContentType,
        headers,
        payload,
        correlationId(map.get("correlationId")),
        examples(map),
        PlainValues.map(fields.map(map, "bindings")),
        map.position());
  }

  /** The payload schema; one in a format other than JSON Schema is not read, and typed as anything. */
  private Schema payload(MapNode map) {
    if (multiFormat) {
      return schemas.multiFormat(map.get("payload"));
    }
    String format = fields.string(map, "schemaFormat");
    if (SchemaFormats.isJsonSchema(format)) {
      return schemas.schema(map.get("payload"));
    }
    diagnostics.warning(map.keyPosition("schemaFormat"), "schemaFormat '" + format
        + "' is not supported: the payload is typed as Object");
    return new UntypedSchema(SchemaInfo.at(map.get("payload").position()));
  }

  private CorrelationId correlationId(SpecNode node) {
    if (node == null) {
      return null;
    }
    ReferenceResolver.Target target = references.follow(node);
    MapNode map = target == null ? null : fields.asMap(target.node(), "a correlation id");
    if (map == null) {
      return null;
    }
    String location = fields.string(map, "location");
    if (location == null) {
      diagnostics.error(map.position(), "a correlation id needs a 'location'");
    }
    return new CorrelationId(location, fields.string(map, "description"), map.position());
  }

  private List<MessageExample> examples(MapNode map) {
    ListNode list = fields.list(map, "examples");
    List<MessageExample> examples = new ArrayList<>();
    if (list == null) {
      return examples;
    }
    for (SpecNode item : list.items()) {
      MapNode example = fields.asMap(item, "a message example");
      if (example != null) {
        examples.add(new MessageExample(
            fields.string(example, "name"),
            fields.string(example, "summary"),
            PlainValues.of(example.get("headers")),
            PlainValues.of(example.get("payload")),
            example.position()));
      }
    }
    return examples;
  }
}
