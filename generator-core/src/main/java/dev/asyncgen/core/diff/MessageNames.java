package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
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
 *
 * <p>Those operation names differ between versions ({@code orders subscribe} in 2.x, an id such as
 * {@code orders.subscribe} in its 3.x conversion), so the NEW side takes the OLD side's name for such a
 * message in the same place: same channel address, action, operation and position.
 */
final class MessageNames {
  private final Map<Message, String> names = new IdentityHashMap<>();
  private final Map<String, Message> byName = new LinkedHashMap<>();
  /** The name of each message named by its place, by that place. */
  private final Map<String, String> byPlace = new LinkedHashMap<>();
  private final MessageNames old;

  /** @param old the OLD side's names, whose names of messages named by their place this side takes; or null */
  MessageNames(AsyncApi api, MessageNames old) {
    this.old = old;
    api.messages().values().forEach(m -> add(m, m.displayName()));
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        addAll(operation.messages(), operation.label(), place(channel, operation));
      }
    }
    for (Channel channel : api.channels()) {
      for (Operation operation : channel.operations()) {
        operation.reply().ifPresent(reply -> addAll(reply.messages(), operation.label() + " reply",
            place(channel, operation) + " reply"));
      }
    }
    for (Channel channel : api.channels()) {
      channel.messages().forEach((id, message) -> add(message, anonymous(message) ? channel.id() + " " + id
          : message.displayName()));
    }
  }

  /**
   * Messages named by what they are, else by OLD's name for a message at the same place, else by
   * {@code context} (numbered when there are several).
   */
  private void addAll(List<Message> messages, String context, String place) {
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      if (!anonymous(message)) {
        add(message, message.displayName());
        continue;
      }
      String at = place + " #" + (i + 1);
      String name = old == null ? null : old.byPlace.get(at);
      if (name == null || byName.containsKey(name)) {
        name = context + (messages.size() > 1 ? " #" + (i + 1) : "");
      }
      add(message, name);
      byPlace.putIfAbsent(at, names.get(message));
    }
  }

  /** Where an operation is, in words both versions share: its channel's address, action and rank. */
  private static String place(Channel channel, Operation operation) {
    String address = channel.address().map(ChannelAddress::template).orElse("#" + channel.id());
    return address + " " + operation.action() + " " + channel.operations(operation.action()).indexOf(operation);
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
