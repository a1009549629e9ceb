package dev.asyncgen.runtime;

import java.util.concurrent.CompletableFuture;

/** A message being put together: payload, then optional headers and key, then {@link #send()}. Not thread-safe. */
public interface OutgoingMessage<P> {

    /** The spec's headers object for this message (a generated record). */
    OutgoingMessage<P> headers(Object headers);

    /** The message key (Kafka): a string travels as UTF-8, anything else as JSON. */
    OutgoingMessage<P> key(Object key);

    /** Sends it; completes when the broker confirms. */
    CompletableFuture<Published> send();
}
