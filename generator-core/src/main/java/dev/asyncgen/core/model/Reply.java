package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;

/**
 * The reply an operation expects (AsyncAPI 3.x request/reply).
 *
 * @param channelId the {@link Channel#id()} of the reply channel, or null when the spec names none
 * @param addressLocation a runtime expression, such as {@code $message.header#/replyTo}, saying where
 *     in the request the reply address is; null when the address is static (that of the channel)
 * @param messages the reply's messages: those the reply lists, else every message of the reply channel
 */
public record Reply(String channelId, String addressLocation, List<Message> messages, SourcePosition position) {
  public Reply {
    messages = List.copyOf(messages);
  }
}
