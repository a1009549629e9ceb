package dev.asyncgen.runtime;

/**
 * Everything a client reports to its {@code onError} listener: either a {@link Failure} of the connection or a
 * {@link Problem} with one message. Its text never contains a secret or a message's bytes.
 */
public sealed interface ClientError permits Failure, Problem {

    /** One line saying what happened. */
    String message();

    /** The exception behind it, or null. */
    Throwable cause();
}
