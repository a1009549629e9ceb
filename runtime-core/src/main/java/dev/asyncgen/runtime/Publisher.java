package dev.asyncgen.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * Publishes typed messages to one address. Thread-safe.
 *
 * @param <P> the payload type
 */
public interface Publisher<P> {

    /** The topic, routing key or MQTT topic. */
    String address();

    /** Sends {@code payload} alone; completes when the broker confirms, exceptionally when it refuses. */
    CompletableFuture<Published> send(P payload);

    /** Starts a message with headers or a key. */
    OutgoingMessage<P> message(P payload);
}
