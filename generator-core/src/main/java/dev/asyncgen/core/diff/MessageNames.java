package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names messages the same way in both specs: the component key, name or title, else (for an inline
 * message without any) the operation's id, else its channel and keyword ({@code events subscribe}); a
 * reply's such message is {@code <operation> reply}, and a 3.x channel's message that no operation
 * names is {@code <channel> <message id>}.
 */
final class MessageNames {
  private final Map<Message, String> names = new IdentityHashMap<>();
  private final Map<String, Message> byName = new LinkedHashMap<>();

  MessageNames(AsyncApi api) {
    api.messages().values().forEach(m -> add(m, m.displayName()));
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        addAll(operation.messages(), operation.label());
      }
    }
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        operation.reply().ifPresent(reply -> addAll(reply.messages(), operation.label() + " reply"));
      }
    }
    for (Channel channel : api.channels()) {
      channel.messages().forEach((id, message) -> add(message, anonymous(message) ? channel.id() + " " + id
          : message.displayName()));
    }
  }

  /** Messages named by what they are, else by {@code context} (numbered when there are several). */
  private void addAll(List<Message> messages, String context) {
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      add(message, anonymous(message) ? context + (messages.size() > 1 ? " #" + (i + 1) : "") : message.displayName());
    }
  }

  private static boolean anonymous(Message message) {
    return message.key() == null && message.name() == null && message.title() == null;
  }

  String of(Message message) {
    return names.get(message);
  }

  /** Every message by its name, components first. */
  Map<String, Message> all() {
    return byName;
  }

  private void add(Message message, String name) {
    if (names.putIfAbsent(message, name) == null) {
      byName.putIfAbsent(name, message);
    }
  }
}
