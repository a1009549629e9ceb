package dev.asyncgen.mqtt;

import java.nio.charset.StandardCharsets;

/**
 * MQTT's rules for topic names, topic filters and the values put into one topic level, checked before anything
 * reaches the broker (which would close the connection on a malformed topic).
 */
public final class Topics {
    /** A topic is a UTF-8 string with a two-byte length. */
    public static final int MAX_BYTES = 65_535;

    private Topics() {}

    /**
     * A topic to publish to: not empty, no wildcard ({@code +}, {@code #}), no NUL, no unpaired surrogate, at
     * most 65,535 UTF-8 bytes.
     *
     * @throws IllegalArgumentException saying which rule it breaks
     */
    public static String checkTopicName(String topic) {
        checkText("topic", topic);
        int wildcard = indexOfWildcard(topic);
        if (wildcard >= 0) {
            throw new IllegalArgumentException("the MQTT topic " + quote(topic) + " contains the wildcard '"
                    + topic.charAt(wildcard) + "' at index " + wildcard + ": wildcards are only for subscribing");
        }
        return topic;
    }

    /**
     * A topic filter to subscribe to: the rules of {@link #checkTopicName} except that {@code +} may fill a whole
     * level and {@code #} the whole last level.
     *
     * @throws IllegalArgumentException saying which rule it breaks
     */
    public static String checkTopicFilter(String filter) {
        checkText("topic filter", filter);
        String[] levels = filter.split("/", -1);
        for (int i = 0; i < levels.length; i++) {
            String level = levels[i];
            if (level.equals("#")) {
                if (i != levels.length - 1) {
                    throw new IllegalArgumentException("the MQTT topic filter " + quote(filter)
                            + " has '#' before its last level: '#' may only be the whole last level");
                }
            } else if (!level.equals("+") && indexOfWildcard(level) >= 0) {
                throw new IllegalArgumentException("the MQTT topic filter " + quote(filter) + " has the level "
                        + quote(level) + ": '+' and '#' must fill a whole level");
            }
        }
        return filter;
    }

    /**
     * A value that becomes one topic level (a channel parameter): not empty, and none of {@code /}, {@code +},
     * {@code #} or NUL, which would change which topics it names.
     *
     * @param name the parameter's name, for the message
     * @throws IllegalArgumentException saying which rule it breaks
     */
    public static String checkLevel(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the MQTT topic parameter " + name + " is "
                    + (value == null ? "null" : "empty") + ": each parameter fills one topic level and needs a value");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '+' || c == '#' || c == '\0') {
                throw new IllegalArgumentException("the MQTT topic parameter " + name + " contains "
                        + describe(c) + " at index " + i + ": a parameter fills exactly one topic level, so '/', '+', "
                        + "'#' and NUL cannot be part of it");
            }
        }
        return value;
    }

    /**
     * Whether {@code topic} is one of the topics {@code filter} names: {@code +} matches one level, {@code #} the
     * rest (and the parent level); a topic starting with {@code $} matches no filter starting with a wildcard.
     */
    public static boolean matches(String filter, String topic) {
        if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) {
            return false;
        }
        String[] filterLevels = filter.split("/", -1);
        String[] topicLevels = topic.split("/", -1);
        for (int i = 0; i < filterLevels.length; i++) {
            String level = filterLevels[i];
            if (level.equals("#")) {
                return true;
            }
            if (i >= topicLevels.length) {
                return false;
            }
            if (!level.equals("+") && !level.equals(topicLevels[i])) {
                return false;
            }
        }
        return filterLevels.length == topicLevels.length;
    }

    private static void checkText(String what, String text) {
        if (text == null) {
            throw new IllegalArgumentException("the MQTT " + what + " is null");
        }
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the MQTT " + what + " is empty: MQTT needs at least one character");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new IllegalArgumentException("the MQTT " + what + " " + quote(text)
                        + " contains NUL at index " + i + ": MQTT forbids it");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("the MQTT " + what + " " + quote(text)
                        + " has an unpaired surrogate at index " + i + ": it is not valid UTF-8");
            }
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("the MQTT " + what + " is " + bytes + " UTF-8 bytes long: MQTT allows "
                    + MAX_BYTES);
        }
    }

    private static int indexOfWildcard(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '+' || text.charAt(i) == '#') {
                return i;
            }
        }
        return -1;
    }

    private static String describe(char c) {
        return c == '\0' ? "NUL" : "'" + c + "'";
    }

    /** The topic for a message: long ones cut, control characters escaped. */
    static String quote(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        StringBuilder quoted = new StringBuilder("'");
        shown.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                quoted.append(String.format("\\u%04x", cp));
            } else {
                quoted.appendCodePoint(cp);
            }
        });
        return quoted.append('\'').toString();
    }
}
