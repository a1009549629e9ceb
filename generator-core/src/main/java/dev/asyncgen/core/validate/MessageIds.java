package dev.asyncgen.core.validate;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Message, messageId (2.4.0 on): "The id MUST be unique among all messages described in the API",
 * as the official parser's {@code asyncapi2-message-messageId-uniqueness} rule checks. The messages
 * are those of the root file: components and every operation's, through local {@code $ref}s, each
 * object once however often it is referenced. A {@code messageId} set by a trait is the trait's.
 */
final class MessageIds {
  private MessageIds() {}

  static void areUnique(MapNode document, Walker walker, Where where) {
    if (!walker.version().atLeast("2.4.0")) {
      return; // before 2.4.0, 'messageId' is itself the error
    }
    Map<MapNode, Boolean> messages = new IdentityHashMap<>();
    List<MapNode> channels = new ArrayList<>(DeclaredNames.objects(document, "channels"));
    channels.addAll(DeclaredNames.objects(document, "components", "channels"));
    for (MapNode channel : channels) {
      for (String keyword : List.of("subscribe", "publish")) {
        MapNode operation = DeclaredNames.follow(document, channel.get(keyword));
        if (operation != null) {
          operationMessages(document, operation.get("message")).forEach(m -> messages.put(m, true));
        }
      }
    }
    for (MapNode message : DeclaredNames.objects(document, "components", "messages")) {
      MapNode followed = DeclaredNames.follow(document, message);
      if (followed != null) {
        messages.put(followed, true);
      }
    }
    List<ScalarNode> ids = new ArrayList<>();
    messages.keySet().forEach(message -> {
      if (message.get("messageId") instanceof ScalarNode id && id.isString()) {
        ids.add(id);
      }
    });
    ids.sort(Comparator.comparing(ScalarNode::position));
    Map<String, SourcePosition> first = new HashMap<>();
    for (ScalarNode id : ids) {
      SourcePosition earlier = first.putIfAbsent(id.text(), id.position());
      if (earlier != null) {
        walker.error(id.position(), "messageId '" + id.text() + "' is already used (at " + earlier
            + "); messageIds must be unique");
      }
    }
  }

  /** An operation's message: one, or each of a {@code oneOf}. */
  private static List<MapNode> operationMessages(MapNode document, SpecNode node) {
    MapNode message = DeclaredNames.follow(document, node);
    if (message == null) {
      return List.of();
    }
    if (!(message.get("oneOf") instanceof ListNode alternatives)) {
      return List.of(message);
    }
    List<MapNode> messages = new ArrayList<>();
    for (SpecNode alternative : alternatives.items()) {
      MapNode followed = DeclaredNames.follow(document, alternative);
      if (followed != null) {
        messages.add(followed);
      }
    }
    return messages;
  }
}
