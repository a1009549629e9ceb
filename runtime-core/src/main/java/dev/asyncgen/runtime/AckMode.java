package dev.asyncgen.runtime;

/** Who settles a received message. */
public enum AckMode {
    /** The runtime: acknowledged when the handler returns, rejected when it throws (at-least-once). */
    AUTO,
    /** The handler, through {@link ReceivedMessage#ack()} or {@link ReceivedMessage#nack}. */
    MANUAL
}
