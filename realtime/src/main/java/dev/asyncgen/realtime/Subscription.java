package dev.asyncgen.realtime;

/** One handler on one channel, returned by {@link RealtimeClient#subscribe}. Thread-safe. */
public interface Subscription extends AutoCloseable {

    /** The channel, exactly as given to {@code subscribe} (Appwrite matches channels by exact string). */
    String channel();

    /** An id unique within the client; with {@code AppwriteProtocol.messages()} it is the server-side id. */
    String id();

    /** False once this subscription or its client is closed. */
    boolean isActive();

    /**
     * Stops deliveries (one already running finishes) and unsubscribes; the connection follows the remaining
     * subscriptions, and disconnects when none is left. Idempotent.
     */
    @Override
    void close();
}
