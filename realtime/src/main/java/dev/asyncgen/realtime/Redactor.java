package dev.asyncgen.realtime;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps header values (sessions, JWTs) out of every state reason and error message, whoever wrote the text: a server
 * that echoes the session in an error, or a JDK exception quoting a header.
 */
final class Redactor {

    static final String MASK = "<header value>";
    /** Shorter values are too likely to occur by chance in other text (a close code, a word). */
    private static final int MIN_LENGTH = 4;

    private final List<String> secrets;

    Redactor(List<Map.Entry<String, String>> headers) {
        this.secrets = headers.stream()
                .map(Map.Entry::getValue)
                .filter(value -> value.strip().length() >= MIN_LENGTH)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (String secret : secrets) {
            redacted = redacted.replace(secret, MASK);
        }
        return redacted;
    }

    boolean leaks(String text) {
        return text != null && !redact(text).equals(text);
    }

    RealtimeError redact(RealtimeError error) {
        Throwable cause = error.cause();
        // An exception's message cannot be rewritten: one that quotes a value is left out.
        boolean causeLeaks = cause != null && leaks(cause.toString());
        String message = redact(error.message());
        if (!causeLeaks && message.equals(error.message())) {
            return error;
        }
        return new RealtimeError(error.kind(), message, causeLeaks ? null : cause);
    }

    ConnectionState redact(ConnectionState state) {
        if (state instanceof ConnectionState.Reconnecting r && leaks(r.reason())) {
            return new ConnectionState.Reconnecting(r.attempt(), r.delay(), redact(r.reason()));
        }
        if (state instanceof ConnectionState.Closed c && leaks(c.reason())) {
            return new ConnectionState.Closed(c.code(), redact(c.reason()), c.terminal());
        }
        return state;
    }
}
