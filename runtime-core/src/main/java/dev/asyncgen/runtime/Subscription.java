package dev.asyncgen.runtime;

import java.util.concurrent.CompletableFuture;

/** One handler on one address (or address pattern). Thread-safe. */
public interface Subscription extends AutoCloseable {

    /** The topic, topic filter, queue or channel subscribed to, as the broker sees it. */
    String address();

    /**
     * Completes once the broker has the subscription (Kafka: partitions assigned; MQTT: SUBACK; AMQP:
     * consume-ok), and exceptionally when it is refused or the client closes first.
     */
    CompletableFuture<Void> ready();

    /** False once this subscription or its client is closed. */
    boolean isActive();

    /** Stops deliveries (one already running finishes) and unsubscribes. Idempotent. */
    @Override
    void close();
}
