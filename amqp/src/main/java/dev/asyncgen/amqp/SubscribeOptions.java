package dev.asyncgen.amqp;

import dev.asyncgen.runtime.AckMode;
import java.util.Objects;

/**
 * How a subscription settles its messages.
 *
 * @param ackMode {@link AckMode#AUTO} (acknowledged when the handler returns, rejected without requeue when it
 *     throws) or {@link AckMode#MANUAL}
 * @param brokerAcks false for the binding's {@code ack: false}: the broker counts a message as delivered the
 *     moment it sends it (no-ack consume), so a message in flight when the handler throws, the client closes or
 *     the connection drops is lost; {@code ackMode} then changes nothing
 * @param prefetch how many unacknowledged messages the broker sends ahead, or 0 for the client's setting
 */
public record SubscribeOptions(AckMode ackMode, boolean brokerAcks, int prefetch) {

    public SubscribeOptions {
        Objects.requireNonNull(ackMode, "ackMode");
        if (prefetch < 0 || prefetch > 65535) {
            throw new IllegalArgumentException("prefetch must be within 0..65535: " + prefetch);
        }
    }

    /** Acknowledged when the handler returns, the client's prefetch. */
    public static SubscribeOptions defaults() {
        return new SubscribeOptions(AckMode.AUTO, true, 0);
    }

    public SubscribeOptions ackMode(AckMode ackMode) {
        return new SubscribeOptions(ackMode, brokerAcks, prefetch);
    }

    /** {@code false}: no-ack consume (the binding's {@code ack: false}); messages in flight may be lost. */
    public SubscribeOptions brokerAcks(boolean brokerAcks) {
        return new SubscribeOptions(ackMode, brokerAcks, prefetch);
    }

    public SubscribeOptions prefetch(int prefetch) {
        return new SubscribeOptions(ackMode, brokerAcks, prefetch);
    }
}
