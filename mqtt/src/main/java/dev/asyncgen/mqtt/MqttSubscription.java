package dev.asyncgen.mqtt;

import dev.asyncgen.runtime.Delivery;
import dev.asyncgen.runtime.DeliveryDispatcher;
import dev.asyncgen.runtime.Settlement;
import dev.asyncgen.runtime.Subscription;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** One topic filter with its handler; receives on the client's delivery thread. */
final class MqttSubscription implements Subscription {
    private final String filter;
    private final DeliveryDispatcher<?, ?> dispatcher;
    private final Runnable unsubscribe;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final AtomicBoolean active = new AtomicBoolean(true);

    MqttSubscription(String filter, DeliveryDispatcher<?, ?> dispatcher, Runnable unsubscribe) {
        this.filter = filter;
        this.dispatcher = dispatcher;
        this.unsubscribe = unsubscribe;
    }

    @Override
    public String address() {
        return filter;
    }

    @Override
    public CompletableFuture<Void> ready() {
        return ready;
    }

    @Override
    public boolean isActive() {
        return active.get();
    }

    @Override
    public void close() {
        if (deactivate(new IllegalStateException("the subscription to " + filter + " was closed before its SUBACK"))) {
            unsubscribe.run();
        }
    }

    /** Ends it without unsubscribing (the client closes, or the broker refused it); true the first time. */
    boolean deactivate(Throwable readyFailure) {
        if (!active.compareAndSet(true, false)) {
            return false;
        }
        ready.completeExceptionally(readyFailure);
        return true;
    }

    void granted() {
        ready.complete(null);
    }

    /** Whether a message on {@code topic} is for this subscription. */
    boolean matches(String topic) {
        return active.get() && Topics.matches(filter, topic);
    }

    /** One PUBLISH: decoded, handled, then settled through {@code settlement} (never throws). */
    void deliver(Wire.Incoming incoming, Settlement settlement) {
        MqttMetadata metadata = incoming.metadata();
        dispatcher.dispatch(new Delivery(
                incoming.topic(),
                incoming.payload(),
                incoming.userProperties(),
                null,
                false,
                metadata,
                () -> "topic " + Topics.quote(incoming.topic()) + " qos " + metadata.qos().level()
                        + " (subscription " + Topics.quote(filter) + ")",
                settlement));
    }
}
