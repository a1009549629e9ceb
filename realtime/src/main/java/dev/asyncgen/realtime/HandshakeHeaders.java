package dev.asyncgen.realtime;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a handshake header may be. Values often are secrets (a session, a JWT), so no message here or anywhere in the
 * client repeats one.
 */
public final class HandshakeHeaders {

    private static final Set<String> JDK_MANAGED = Set.of("host", "upgrade", "connection", "content-length", "expect");
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HandshakeHeaders() {
    }

    /**
     * Checks a header before it is kept.
     *
     * @throws IllegalArgumentException when the name is not an HTTP token, is one the JDK's WebSocket handshake sets
     *     itself (Host, Upgrade, Connection, Content-Length, Expect, Sec-WebSocket-*), or the value holds CR, LF,
     *     another control character or a non-ASCII character (the JDK would send those as {@code ?} or fail late)
     */
    public static void check(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("header name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isTokenChar(c)) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "header name has character U+%04X at index %d: names are HTTP tokens (letters, digits, %s)",
                        (int) c, i, TOKEN_SYMBOLS));
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (JDK_MANAGED.contains(lower) || lower.startsWith("sec-websocket-")) {
            throw new IllegalArgumentException("header " + name + " is set by the JDK's WebSocket handshake");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new IllegalArgumentException("header " + name + ": the value contains CR or LF (not shown)");
            }
            if (c > 0x7e) {
                throw new IllegalArgumentException(
                        "header " + name + ": the value contains a non-ASCII character (not shown)");
            }
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                throw new IllegalArgumentException(
                        "header " + name + ": the value contains a control character (not shown)");
            }
        }
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || TOKEN_SYMBOLS.indexOf(c) >= 0;
    }
}
