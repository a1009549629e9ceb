package dev.asyncgen.amqp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How messages are published: the AMQP operation and message bindings. Start from {@link #defaults()}.
 *
 * @param persistent delivery mode 2 (kept on disk by a durable queue) when true, 1 (transient) when false
 * @param mandatory the broker returns a message no queue takes, and the send fails, instead of dropping it
 * @param priority 0 to 255, or null
 * @param expiration how long the message may wait in a queue, or null for no limit
 * @param contentType the content type property ({@code application/json} by default)
 * @param contentEncoding the content encoding property, or null
 * @param messageType the type property (the spec's message name, say), or null
 * @param cc more routing keys the message is also routed with (RabbitMQ's sender-selected distribution)
 * @param bcc as {@code cc}, removed from the message before delivery
 * @param replyTo the reply-to property, or null
 * @param timestamp whether to set the timestamp property to the time of sending
 * @param userId the user-id property (the broker checks it against the connection's user), or null
 */
public record PublishOptions(
        boolean persistent,
        boolean mandatory,
        Integer priority,
        Duration expiration,
        String contentType,
        String contentEncoding,
        String messageType,
        List<String> cc,
        List<String> bcc,
        String replyTo,
        boolean timestamp,
        String userId) {

    public PublishOptions {
        if (priority != null && (priority < 0 || priority > 255)) {
            throw new IllegalArgumentException("priority must be within 0..255: " + priority);
        }
        if (expiration != null && expiration.isNegative()) {
            throw new IllegalArgumentException("negative expiration: " + expiration);
        }
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        cc.forEach(key -> AmqpNames.requireShortString("cc routing key", key));
        bcc.forEach(key -> AmqpNames.requireShortString("bcc routing key", key));
        if (replyTo != null) {
            AmqpNames.requireShortString("reply-to", replyTo);
        }
    }

    /** Persistent, not mandatory, JSON, no other property. */
    public static PublishOptions defaults() {
        return new PublishOptions(true, false, null, null, "application/json", null, null, List.of(), List.of(), null,
                false, null);
    }

    public PublishOptions persistent(boolean persistent) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions mandatory(boolean mandatory) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions priority(Integer priority) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions expiration(Duration expiration) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions contentType(String contentType) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions contentEncoding(String contentEncoding) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions messageType(String messageType) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions cc(List<String> cc) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, Objects.requireNonNull(cc, "cc"), bcc, replyTo, timestamp, userId);
    }

    public PublishOptions bcc(List<String> bcc) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, Objects.requireNonNull(bcc, "bcc"), replyTo, timestamp, userId);
    }

    public PublishOptions replyTo(String replyTo) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions timestamp(boolean timestamp) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }

    public PublishOptions userId(String userId) {
        return new PublishOptions(persistent, mandatory, priority, expiration, contentType, contentEncoding,
                messageType, cc, bcc, replyTo, timestamp, userId);
    }
}
