package dev.asyncgen.kafka;

/**
 * The topic names Kafka accepts: 1 to 249 characters of {@code [a-zA-Z0-9._-]}, not {@code .} or {@code ..}.
 * Checked before anything reaches the broker, so a bad name (or a channel parameter value that would make one)
 * fails at once with the reason instead of as a timeout or an error far from the call.
 */
public final class TopicNames {
    /** Kafka's limit: a partition's directory name ({@code topic-partition}) must fit in 255 bytes. */
    public static final int MAX_LENGTH = 249;

    private TopicNames() {}

    /** Whether Kafka accepts {@code topic} as a topic name. */
    public static boolean isLegal(String topic) {
        return problem(topic) == null;
    }

    /**
     * Returns {@code topic} when Kafka accepts it.
     *
     * @throws IllegalArgumentException saying why it does not
     */
    public static String check(String topic) {
        String problem = problem(topic);
        if (problem != null) {
            throw new IllegalArgumentException("Kafka refuses the topic name " + quoted(topic) + ": " + problem);
        }
        return topic;
    }

    private static String problem(String topic) {
        if (topic == null) {
            return "it is null";
        }
        if (topic.isEmpty()) {
            return "it is empty";
        }
        if (topic.equals(".") || topic.equals("..")) {
            return "'.' and '..' are not allowed";
        }
        if (topic.length() > MAX_LENGTH) {
            return "it has " + topic.length() + " characters, at most " + MAX_LENGTH + " are allowed";
        }
        for (int i = 0; i < topic.length(); i++) {
            char c = topic.charAt(i);
            if (!legal(c)) {
                return "character " + describe(c) + " at index " + i + " is not allowed (only a-z, A-Z, 0-9, '.', '_', '-')";
            }
        }
        return null;
    }

    private static boolean legal(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    }

    /** A printable form of a character: control and non-ASCII characters as U+XXXX, so the message stays one clean line. */
    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /** The name for a message: shortened and with control characters escaped (it may come from a remote value). */
    private static String quoted(String topic) {
        if (topic == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("\"");
        int shown = Math.min(topic.length(), 60);
        for (int i = 0; i < shown; i++) {
            char c = topic.charAt(i);
            text.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return text.append(topic.length() > shown ? "...\"" : "\"").toString();
    }
}
