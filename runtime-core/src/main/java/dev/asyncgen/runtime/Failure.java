package dev.asyncgen.runtime;

import java.util.Objects;

/**
 * Why a connection to the broker or server ended or could not be made.
 *
 * @param kind what failed
 * @param message one line, without secrets
 * @param terminal whether the client gives up (no reconnect follows): wrong credentials, a refused configuration
 * @param cause the exception behind it, or null
 */
public record Failure(Kind kind, String message, boolean terminal, Throwable cause) implements ClientError {

    /** What failed. */
    public enum Kind {
        /** The credentials were refused. */
        AUTHENTICATION,
        /** The credentials were accepted but the action is not allowed. */
        AUTHORIZATION,
        /** The peer broke the protocol, or refused what this client sent. */
        PROTOCOL,
        /** The network: refused, reset, unreachable. */
        TRANSPORT,
        /** Something took longer than allowed. */
        TIMEOUT,
        /** The server or broker closed or refused for its own reasons. */
        SERVER,
        /** The client's own settings cannot work (say, a topic the broker refuses to create). */
        CONFIGURATION
    }

    public Failure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + (terminal ? " (terminal)" : "") + ": " + message;
    }
}
