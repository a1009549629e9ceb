package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The channels every named schema and message travels on, and which way: a schema reached from a
 * message directly, through a property, or as an allOf parent counts for that message's channels.
 */
final class SchemaUses {
  private final AsyncApi api;
  private final Map<String, Set<Use>> bySchema = new LinkedHashMap<>();
  private final Map<String, Set<Use>> byMessage = new LinkedHashMap<>();

  SchemaUses(AsyncApi api, MessageNames names) {
    this.api = api;
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        Use use = new Use(channel.id(), Direction.of(operation.action()));
        operation.messages().forEach(message -> travels(names.of(message), message, use));
        // A reply's messages travel on its channel, the other way.
        operation.reply().filter(reply -> reply.channelId() != null).ifPresent(reply -> reply.messages()
            .forEach(message -> travels(names.of(message), message,
                new Use(reply.channelId(), Direction.ofReply(operation.action())))));
      }
    }
  }

  private void travels(String messageName, Message message, Use use) {
    byMessage.computeIfAbsent(messageName, k -> new HashSet<>()).add(use);
    Set<String> reached = new HashSet<>();
    reach(message.payload(), reached);
    reach(message.headers(), reached);
    reached.forEach(name -> bySchema.computeIfAbsent(name, k -> new HashSet<>()).add(use));
  }

  Set<Use> ofSchema(String name) {
    return bySchema.getOrDefault(name, Set.of());
  }

  Set<Use> ofMessage(String name) {
    return byMessage.getOrDefault(name, Set.of());
  }

  /** The channels, sorted, for messages that list where a change reaches. */
  static Set<String> channels(Set<Use> uses) {
    Set<String> channels = new TreeSet<>();
    uses.forEach(use -> channels.add(use.channel()));
    return channels;
  }

  private void reach(Schema schema, Set<String> reached) {
    if (schema == null) {
      return;
    }
    if (schema instanceof ReferenceSchema reference) {
      NamedSchema named = api.schemas().get(reference.name());
      if (reached.add(reference.name()) && named != null) {
        reach(named.schema(), reached);
      }
    } else if (schema instanceof ObjectSchema object) {
      object.properties().forEach(p -> reach(p.schema(), reached));
      if (object.additionalProperties().kind() == AdditionalProperties.Kind.TYPED) {
        reach(object.additionalProperties().schema(), reached);
      }
    } else if (schema instanceof ArraySchema array) {
      reach(array.items(), reached);
      array.tupleItems().forEach(item -> reach(item, reached));
    } else if (schema instanceof CompositionSchema composition) {
      composition.parts().forEach(part -> reach(part, reached));
    }
  }
}
