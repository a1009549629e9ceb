package dev.asyncgen.core.naming;

import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.Schema;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import dev.asyncgen.core.model.ReferenceSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Finds the named schemas that some allOf, anywhere in the document, extends. */
final class AllOfParents {
  private AllOfParents() {}

  static Set<String> of(AsyncApi api) {
    return references(api, Set.of()).keySet();
  }

  /**
   * Each extended schema with the first {@code $ref} that extends it, in document order.
   *
   * @param notGenerated named schemas whose own allOfs do not count: they generate nothing (a schema mapping)
   */
  static Map<String, ReferenceSchema> references(AsyncApi api, Set<String> notGenerated) {
    Map<String, ReferenceSchema> parents = new LinkedHashMap<>();
    Deque<Schema> pending = new ArrayDeque<>();
    api.schemas().values().stream().filter(named -> !notGenerated.contains(named.name()))
        .forEach(named -> pending.add(named.schema()));
    api.channels().forEach(channel -> channel.operations().forEach(operation ->
        operation.messages().forEach(message -> addMessage(pending, message))));
    api.messages().values().forEach(message -> addMessage(pending, message));
    Set<Schema> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    while (!pending.isEmpty()) {
      Schema schema = pending.pop();
      if (!seen.add(schema)) {
        continue;
      }
      if (schema instanceof CompositionSchema composition) {
        if (composition.kind() == CompositionSchema.Kind.ALL_OF) {
          composition.parents().forEach(parent -> parents.putIfAbsent(parent.name(), parent));
        }
        pending.addAll(composition.parts());
      } else if (schema instanceof ObjectSchema object) {
        object.properties().forEach(property -> pending.add(property.schema()));
        if (object.additionalProperties().schema() != null) {
          pending.add(object.additionalProperties().schema());
        }
      } else if (schema instanceof ArraySchema array) {
        pending.add(array.items());
        pending.addAll(array.tupleItems());
      }
    }
    return parents;
  }

  private static void addMessage(Deque<Schema> pending, Message message) {
    if (message.payload() != null) {
      pending.add(message.payload());
    }
    if (message.headers() != null) {
      pending.add(message.headers());
    }
  }
}
