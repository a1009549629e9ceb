package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Message;
import java.util.LinkedHashMap;
import java.util.Map;

/** One of the two specs: its model, the Java planned from it, and where its schemas travel. */
record Side(AsyncApi api, JavaIndex java, SchemaUses uses) {
  /** Every message, components first, then inline ones as the channels list them, by display name. */
  Map<String, Message> messages() {
    Map<String, Message> messages = new LinkedHashMap<>();
    api.messages().values().forEach(m -> messages.putIfAbsent(m.displayName(), m));
    api.channels().forEach(c -> c.operations().forEach(o -> o.messages()
        .forEach(m -> messages.putIfAbsent(m.displayName(), m))));
    return messages;
  }

  /** A position for a finding: {@code position}, else the start of the root file. */
  SourcePosition at(SourcePosition position) {
    return position != null ? position : new SourcePosition(api.rootFile(), 1, 1);
  }
}
