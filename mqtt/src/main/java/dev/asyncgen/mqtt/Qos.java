package dev.asyncgen.mqtt;

/** MQTT quality of service. */
public enum Qos {
    /** 0: at most once; no acknowledgement, lost when the connection is. */
    AT_MOST_ONCE,
    /** 1: at least once; acknowledged by PUBACK, a duplicate is possible. */
    AT_LEAST_ONCE,
    /** 2: exactly once between client and broker (PUBREC, PUBREL, PUBCOMP). */
    EXACTLY_ONCE;

    /** The level as MQTT numbers it. */
    public int level() {
        return ordinal();
    }

    /** @throws IllegalArgumentException unless {@code level} is 0, 1 or 2 */
    public static Qos of(int level) {
        if (level < 0 || level > 2) {
            throw new IllegalArgumentException("MQTT QoS must be 0, 1 or 2, not " + level);
        }
        return values()[level];
    }
}
