package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An operation of the application the document describes, traits already merged.
 *
 * @param id the operation's id (3.x: its key under {@code operations}; 2.x: its {@code operationId}),
 *     or null when a 2.x document gives none
 * @param action what the application does with the messages
 * @param keyword the word the document used: {@code subscribe} or {@code publish} in 2.x, {@code send} or
 *     {@code receive} in 3.x
 * @param channelId the {@link Channel#id()} of the channel it is on
 * @param messages one message, or several alternatives
 * @param messageOneOf whether the messages are alternatives (2.x {@code oneOf}; 3.x more than one)
 * @param security the ways to authenticate for this operation, alternatives; empty when the spec names none
 * @param reply the reply the operation expects, if any (3.x only)
 */
public record Operation(
    String id,
    Action action,
    String keyword,
    String channelId,
    String summary,
    String description,
    List<Message> messages,
    boolean messageOneOf,
    List<String> tags,
    Map<String, Object> bindings,
    List<SecurityRequirement> security,
    Optional<Reply> reply,
    SourcePosition position) {

  /**
   * What the application does. AsyncAPI 2.x {@code publish} means the application receives ("others
   * publish to it") and {@code subscribe} that it sends, as the 2.x specification reads them; code
   * generated for the application's peers therefore receives what the application sends.
   */
  public enum Action {
    SEND,
    RECEIVE;

    public String keyword() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Operation {
    messages = List.copyOf(messages);
    tags = List.copyOf(tags);
    bindings = Maps.copyOf(bindings);
    security = List.copyOf(security);
  }

  /** How messages and diagnostics name it: its id, else the channel and the document's keyword. */
  public String label() {
    return id != null ? id : channelId + " " + keyword;
  }
}
