package dev.asyncgen.runtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * Something that went wrong with one message or one handler, while the connection carries on.
 *
 * @param kind what went wrong
 * @param address the topic, queue, routing key or channel the message travelled on, or null
 * @param source where exactly it came from, for a person ({@code topic orders partition 2 offset 17}), or null
 * @param message one line, without secrets or payload text
 * @param raw the message's bytes as received, or null; {@link #raw()} returns a copy
 * @param cause the exception behind it, or null
 */
public record Problem(Kind kind, String address, String source, String message, byte[] raw, Throwable cause)
        implements ClientError {

    /** What went wrong. */
    public enum Kind {
        /** The payload, headers or key did not decode into the documented type. */
        DECODE,
        /** The handler threw. */
        HANDLER,
        /** A message was received on an address no subscription's channel matches. */
        UNROUTED,
        /** A publish was refused or not confirmed. */
        PUBLISH,
        /** The dead-letter hook itself threw. */
        DEAD_LETTER,
        /** The broker or server reported something about one message or subscription. */
        SERVER,
        /** A bug in the client: reported rather than thrown on a broker's thread. */
        INTERNAL
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        raw = raw == null ? null : raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw == null ? null : raw.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that
                && kind == that.kind
                && Objects.equals(address, that.address)
                && Objects.equals(source, that.source)
                && message.equals(that.message)
                && Arrays.equals(raw, that.raw)
                && Objects.equals(cause, that.cause);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, address, source, message, Arrays.hashCode(raw), cause);
    }

    /** Says where and what, and the size of the raw bytes, never their content. */
    @Override
    public String toString() {
        return kind + (source != null ? " at " + source : address != null ? " on " + address : "") + ": " + message
                + (raw != null ? " (" + raw.length + " bytes)" : "");
    }
}
