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
 * message without any) the operation's id, else its channel and keyword ({@code events subscribe}).
 */
final class MessageNames {
  private final Map<Message, String> names = new IdentityHashMap<>();
  private final Map<String, Message> byName = new LinkedHashMap<>();

  MessageNames(AsyncApi api) {
    api.messages().values().forEach(m -> add(m, m.displayName()));
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        List<Message> messages = operation.messages();
        for (int i = 0; i < messages.size(); i++) {
          Message message = messages.get(i);
          boolean anonymous = message.key() == null && message.name() == null && message.title() == null;
          String context = operation.label();
          add(message, anonymous ? context + (messages.size() > 1 ? " #" + (i + 1) : "") : message.displayName());
        }
      }
    }
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
