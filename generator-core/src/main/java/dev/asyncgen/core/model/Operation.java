package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * A subscribe or publish operation, operation traits already merged.
 *
 * @param messages one message, or the alternatives of a {@code oneOf}
 * @param messageOneOf whether the spec wrote the messages as {@code oneOf}
 */
public record Operation(
    Kind kind,
    String operationId,
    String summary,
    String description,
    List<Message> messages,
    boolean messageOneOf,
    List<String> tags,
    Map<String, Object> bindings,
    SourcePosition position) {

  public enum Kind {
    SUBSCRIBE,
    PUBLISH;

    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Operation {
    messages = List.copyOf(messages);
    tags = List.copyOf(tags);
    bindings = Maps.copyOf(bindings);
  }
}
