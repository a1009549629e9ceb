package dev.asyncgen.mqtt;

import java.util.Objects;

/**
 * The message the broker publishes for this client when its connection ends without a DISCONNECT.
 *
 * @param topic where it goes (a topic name, no wildcards)
 * @param payload its bytes; {@link #payload()} returns a copy
 * @param qos its QoS
 * @param retain whether the broker retains it
 */
public record LastWill(String topic, byte[] payload, Qos qos, boolean retain) {

    public LastWill {
        Topics.checkTopicName(topic);
        payload = payload.clone();
        Objects.requireNonNull(qos, "qos");
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LastWill that
                && topic.equals(that.topic)
                && java.util.Arrays.equals(payload, that.payload)
                && qos == that.qos
                && retain == that.retain;
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, java.util.Arrays.hashCode(payload), qos, retain);
    }

    /** Names the topic, never the payload. */
    @Override
    public String toString() {
        return "LastWill[" + topic + ", qos " + qos.level() + (retain ? ", retained" : "") + ", " + payload.length
                + " bytes]";
    }
}
