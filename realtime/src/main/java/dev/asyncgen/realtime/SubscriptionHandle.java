package dev.asyncgen.realtime;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A {@link Subscription} and what the engine needs to deliver to it. */
final class SubscriptionHandle<T> implements Subscription {

    private final String id;
    private final String channel;
    private final Class<T> type;
    private final Consumer<? super T> handler;
    private final Runnable onGap;
    private final Consumer<SubscriptionHandle<?>> onClose;
    private final AtomicBoolean active = new AtomicBoolean(true);

    // Engine thread only:
    boolean servedBefore;
    boolean gapPending;

    SubscriptionHandle(String id, String channel, Class<T> type, Consumer<? super T> handler, Runnable onGap,
            Consumer<SubscriptionHandle<?>> onClose) {
        this.id = id;
        this.channel = channel;
        this.type = type;
        this.handler = handler;
        this.onGap = onGap;
        this.onClose = onClose;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String id() {
        return id;
    }

    Class<T> type() {
        return type;
    }

    @Override
    public boolean isActive() {
        return active.get();
    }

    @Override
    public void close() {
        if (active.compareAndSet(true, false)) {
            onClose.accept(this);
        }
    }

    /** Marks it closed because its client closed; no unsubscribe needed. */
    void deactivate() {
        active.set(false);
    }

    /** Runs on the callback thread. */
    void deliver(Object value) {
        if (isActive()) {
            handler.accept(type.cast(value));
        }
    }

    /** Runs on the callback thread: events were dropped before this one. */
    void deliverAfterGap(Object value) {
        try {
            deliverGap();
        } finally {
            deliver(value);
        }
    }

    /** Runs on the callback thread. */
    void deliverGap() {
        if (isActive()) {
            onGap.run();
        }
    }

    @Override
    public String toString() {
        return "Subscription[" + id + " " + channel + (isActive() ? "" : " closed") + "]";
    }
}
