package dev.asyncgen.mqtt;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * What MQTT says about a received message; read it with {@code message.metadata(MqttMetadata.class)}.
 *
 * @param topic the concrete topic it was published to
 * @param qos the QoS it was delivered with (the lower of publish and subscription QoS)
 * @param retain whether it is a retained message sent on subscribing (some brokers clear the flag at QoS 1+)
 * @param messageExpiry MQTT 5: the time left before it expires, or null
 * @param contentType MQTT 5: its content type, or null
 * @param responseTopic MQTT 5: where a reply is expected, or null
 * @param correlationData MQTT 5: the correlation data, or null; {@link #correlationData()} returns a copy
 */
public record MqttMetadata(
        String topic, Qos qos, boolean retain, Duration messageExpiry, String contentType, String responseTopic,
        byte[] correlationData) {

    public MqttMetadata {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(qos, "qos");
        correlationData = correlationData == null ? null : correlationData.clone();
    }

    @Override
    public byte[] correlationData() {
        return correlationData == null ? null : correlationData.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MqttMetadata that
                && topic.equals(that.topic)
                && qos == that.qos
                && retain == that.retain
                && Objects.equals(messageExpiry, that.messageExpiry)
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(responseTopic, that.responseTopic)
                && Arrays.equals(correlationData, that.correlationData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, qos, retain, messageExpiry, contentType, responseTopic,
                Arrays.hashCode(correlationData));
    }

    @Override
    public String toString() {
        return "MqttMetadata[" + topic + ", qos " + qos.level() + (retain ? ", retained" : "") + "]";
    }
}
