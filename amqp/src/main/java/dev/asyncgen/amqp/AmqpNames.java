package dev.asyncgen.amqp;

import java.nio.charset.StandardCharsets;

/** What the broker accepts as names and routing keys, checked before anything is sent. */
public final class AmqpNames {
    /** AMQP 0-9-1 short strings (exchange and queue names, routing keys) hold at most 255 bytes. */
    public static final int MAX_SHORT_STRING_BYTES = 255;

    private AmqpNames() {}

    /**
     * @throws IllegalArgumentException when {@code value} is longer than 255 UTF-8 bytes
     */
    public static String requireShortString(String what, String value) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SHORT_STRING_BYTES) {
            throw new IllegalArgumentException(what + " is " + bytes + " bytes in UTF-8; AMQP allows at most "
                    + MAX_SHORT_STRING_BYTES);
        }
        return value;
    }

    /**
     * A parameter value that becomes one word of a topic exchange's routing key: a {@code .} would split it into
     * two words and {@code *} or {@code #} are wildcards in a binding key, so the message would be routed and read
     * back as another channel.
     *
     * @throws IllegalArgumentException naming the channel and parameter when the value holds {@code .}, {@code *}
     *     or {@code #}
     */
    public static String requireTopicWord(String channel, String parameter, String value) {
        if (value == null) {
            throw new IllegalArgumentException("parameter '" + parameter + "' of channel " + channel + " is null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.' || c == '*' || c == '#') {
                throw new IllegalArgumentException("parameter '" + parameter + "' of channel " + channel
                        + " contains '" + c + "' at index " + i + ", which a topic exchange reads as "
                        + (c == '.' ? "a word separator" : "a wildcard") + "; use a value without '.', '*' and '#'");
            }
        }
        return value;
    }
}
