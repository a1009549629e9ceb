package dev.asyncgen.mqtt;

import dev.asyncgen.runtime.Settlement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acknowledges one received PUBLISH once every subscription it matched has settled it. MQTT has no negative
 * acknowledgement: a rejected message is acknowledged too, so that it is skipped instead of holding up the
 * messages behind it (a broker redelivers only after a reconnect, which a reject cannot ask for).
 */
final class Acknowledgement {
    private final Runnable acknowledge;
    private final AtomicInteger unsettled;

    Acknowledgement(Runnable acknowledge, int subscriptions) {
        this.acknowledge = acknowledge;
        this.unsettled = new AtomicInteger(subscriptions);
    }

    /** The settlement for one of the subscriptions. */
    Settlement share() {
        AtomicBoolean done = new AtomicBoolean();
        return new Settlement() {
            @Override
            public CompletionStage<Void> ack() {
                if (!done.compareAndSet(false, true)) {
                    return CompletableFuture.failedFuture(new IllegalStateException("already settled"));
                }
                return unsettled.decrementAndGet() == 0 ? acknowledgeNow() : CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Void> reject(boolean requeue) {
                return ack();
            }
        };
    }

    /** Acknowledges at once (a message no subscription takes). */
    CompletionStage<Void> acknowledgeNow() {
        try {
            acknowledge.run();
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException failed) {
            return CompletableFuture.failedFuture(failed);
        }
    }
}
