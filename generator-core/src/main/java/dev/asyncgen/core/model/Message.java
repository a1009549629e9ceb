package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * A message, message traits already merged.
 *
 * @param key the key under {@code components/messages}, or null for an inline message
 * @param name the message's {@code name} field, or null
 * @param payload the payload schema, or null when the spec gives none
 * @param headers the headers schema, or null
 */
public record Message(
    String key,
    String name,
    String title,
    String summary,
    String description,
    String contentType,
    Schema headers,
    Schema payload,
    CorrelationId correlationId,
    List<MessageExample> examples,
    Map<String, Object> bindings,
    SourcePosition position) {

  public Message {
    examples = List.copyOf(examples);
    bindings = Maps.copyOf(bindings);
  }

  /** The best human name: the component key, then the name, then the title. */
  public String displayName() {
    if (key != null) {
      return key;
    }
    if (name != null) {
      return name;
    }
    return title != null ? title : "<anonymous message>";
  }
}
