package dev.asyncgen.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import dev.asyncgen.runtime.Failure;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

/** Says why a connection failed, and whether trying again can help. Never quotes the URI or a password. */
final class Failures {
    private Failures() {}

    static Failure classify(String endpoint, Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof AuthenticationFailureException || cause instanceof PossibleAuthenticationFailureException) {
            return new Failure(Failure.Kind.AUTHENTICATION,
                    endpoint + ": the broker refused the credentials", true, cause);
        }
        if (cause instanceof ShutdownSignalException signal) {
            return fromSignal(endpoint, signal);
        }
        if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
            return new Failure(Failure.Kind.TIMEOUT, endpoint + ": timed out", false, cause);
        }
        if (cause instanceof IOException) {
            return new Failure(Failure.Kind.TRANSPORT, endpoint + ": " + describe(cause), false, cause);
        }
        return new Failure(Failure.Kind.PROTOCOL, endpoint + ": " + describe(cause), false, cause);
    }

    static Failure fromSignal(String endpoint, ShutdownSignalException signal) {
        if (signal.getReason() instanceof AMQP.Connection.Close close) {
            String text = endpoint + ": the broker closed the connection: " + close.getReplyCode() + " "
                    + close.getReplyText();
            return switch (close.getReplyCode()) {
                case AMQP.ACCESS_REFUSED, AMQP.NOT_ALLOWED ->
                        new Failure(Failure.Kind.AUTHORIZATION, text, true, signal);
                case AMQP.CONNECTION_FORCED -> new Failure(Failure.Kind.SERVER, text, false, signal);
                default -> new Failure(Failure.Kind.PROTOCOL, text, false, signal);
            };
        }
        Throwable cause = signal.getCause();
        return new Failure(Failure.Kind.TRANSPORT,
                endpoint + ": connection lost" + (cause != null ? ": " + describe(cause) : ""), false, signal);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        while (cause instanceof IOException && cause.getCause() instanceof ShutdownSignalException signal) {
            cause = signal;
        }
        return cause;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() != null ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
                : cause.getClass().getSimpleName();
    }

    /** The broker's reply to a refused channel operation (404 no queue, 406 flags differ), or the exception text. */
    static String replyText(Throwable thrown) {
        Throwable cause = unwrap(thrown);
        if (cause instanceof ShutdownSignalException signal && signal.getReason() instanceof AMQP.Channel.Close close) {
            return close.getReplyCode() + " " + close.getReplyText();
        }
        if (cause instanceof ShutdownSignalException signal && signal.getReason() instanceof AMQP.Connection.Close close) {
            return close.getReplyCode() + " " + close.getReplyText();
        }
        return describe(cause);
    }
}
