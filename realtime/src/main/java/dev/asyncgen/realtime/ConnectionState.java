package dev.asyncgen.realtime;

import java.time.Duration;
import java.util.Objects;

/**
 * Where a {@link RealtimeClient}'s connection stands. Changes are reported, in order, to
 * {@link RealtimeClient.Builder#onStateChange}; {@link RealtimeClient#state()} returns the latest.
 */
public sealed interface ConnectionState {

    /**
     * A handshake is under way.
     *
     * @param attempt 0 for the first connection (or one after a planned change), n for the n-th retry after failures
     */
    record Connecting(int attempt) implements ConnectionState {
    }

    /** Subscriptions are live: events flow. For Appwrite, from the server's {@code connected} frame on. */
    record Open() implements ConnectionState {
    }

    /**
     * The connection was lost; the next attempt starts after {@code delay}. Events sent meanwhile are lost
     * (subscribers hear of it through their gap callback once the connection is open again).
     *
     * @param attempt the number of the attempt that will follow, from 1; it resets when a connection opens
     * @param delay the backoff delay before that attempt
     * @param reason why the previous connection ended
     */
    record Reconnecting(int attempt, Duration delay, String reason) implements ConnectionState {
        public Reconnecting {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * No connection.
     *
     * @param code a WebSocket close code, an Appwrite error code (1008) or an HTTP status (401, 403)
     * @param reason a human-readable reason
     * @param terminal true when the client gave up for good (Appwrite error 1008, handshake answered 401 or 403):
     *     it will never connect again and must be rebuilt; false after {@link RealtimeClient#close()} or when the
     *     last subscription closed (a new subscription then connects again)
     */
    record Closed(int code, String reason, boolean terminal) implements ConnectionState {
        public Closed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
