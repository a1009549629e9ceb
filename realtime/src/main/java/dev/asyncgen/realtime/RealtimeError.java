package dev.asyncgen.realtime;

import java.util.Objects;

/**
 * Something went wrong that the client survived: reported to {@link RealtimeClient.Builder#onError}, never fatal
 * to the connection or to other subscriptions.
 *
 * @param kind what went wrong
 * @param message a human-readable description (with the channel or frame type where known)
 * @param cause the underlying exception, or null
 */
public record RealtimeError(Kind kind, String message, Throwable cause) {

    public RealtimeError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The kinds of reported problems. */
    public enum Kind {
        /** A text frame that is not JSON or not the protocol's shape. */
        UNDECODABLE_FRAME,
        /** A frame whose {@code type} the protocol does not know. */
        UNKNOWN_FRAME_TYPE,
        /** An event whose payload does not decode into a subscriber's type; other types still get it. */
        PAYLOAD_DECODE_FAILED,
        /** A subscriber's handler (or gap callback) threw. */
        HANDLER_FAILED,
        /**
         * An event that matched no subscription (its channels or ids name none of them): reported for the first
         * such event of each connection, counted in {@link RealtimeClient#unroutedEvents()}.
         */
        UNROUTED_EVENT,
        /** A message larger than the size cap: skipped. */
        MESSAGE_TOO_LARGE,
        /** The server sent an error frame that is not terminal (e.g. Appwrite 1003, 1013). */
        SERVER_ERROR,
        /** The callback queue was full: events were dropped (the affected subscriptions get a gap callback). */
        CALLBACK_QUEUE_OVERFLOW,
        /** The connection failed or was lost; the client reconnects. */
        CONNECTION_LOST
    }
}
