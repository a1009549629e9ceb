package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;

/** One of the two specs: its model, the Java planned from it, its message names and where its schemas travel. */
record Side(AsyncApi api, JavaIndex java, MessageNames messages, SchemaUses uses) {
  /** @param old the OLD side, whose names for messages named by their place this side takes; null for OLD */
  static Side of(AsyncApi api, JavaIndex java, Side old) {
    MessageNames messages = new MessageNames(api, old == null ? null : old.messages());
    return new Side(api, java, messages, new SchemaUses(api, messages));
  }

  /** The address of the channel with this id, or null when it has none (or there is no such channel). */
  String address(String channelId) {
    return api.channels().stream().filter(c -> c.id().equals(channelId)).findFirst()
        .flatMap(Channel::address).map(ChannelAddress::template).orElse(null);
  }

  /** A position for a finding: {@code position}, else the start of the root file. */
  SourcePosition at(SourcePosition position) {
    return position != null ? position : new SourcePosition(api.rootFile(), 1, 1);
  }
}
