package dev.asyncgen.mqtt;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a publisher sends: QoS, retain, and the MQTT 5 publish properties (refused on an MQTT 3.1.1 client, which
 * cannot carry them). Immutable; the {@code with...} methods return a copy.
 *
 * @param qos the QoS, {@link Qos#AT_LEAST_ONCE} by default
 * @param retain whether the broker retains the message for later subscribers
 * @param messageExpiry MQTT 5 message expiry interval (whole seconds), or null for none
 * @param contentType MQTT 5 content type, or null
 * @param responseTopic MQTT 5 response topic (a topic name), or null
 * @param correlationData MQTT 5 correlation data, or null
 */
public record PublishOptions(
        Qos qos, boolean retain, Duration messageExpiry, String contentType, String responseTopic,
        byte[] correlationData) {

    public PublishOptions {
        Objects.requireNonNull(qos, "qos");
        if (messageExpiry != null && (messageExpiry.isNegative() || messageExpiry.toSeconds() > 0xFFFF_FFFFL)) {
            throw new IllegalArgumentException(
                    "the MQTT message expiry interval must be between 0 and 4294967295 seconds: " + messageExpiry);
        }
        if (responseTopic != null) {
            Topics.checkTopicName(responseTopic);
        }
        correlationData = correlationData == null ? null : correlationData.clone();
    }

    /** QoS 1, not retained, no MQTT 5 properties. */
    public static PublishOptions defaults() {
        return new PublishOptions(Qos.AT_LEAST_ONCE, false, null, null, null, null);
    }

    public PublishOptions withQos(Qos qos) {
        return new PublishOptions(qos, retain, messageExpiry, contentType, responseTopic, correlationData);
    }

    public PublishOptions withRetain(boolean retain) {
        return new PublishOptions(qos, retain, messageExpiry, contentType, responseTopic, correlationData);
    }

    public PublishOptions withMessageExpiry(Duration messageExpiry) {
        return new PublishOptions(qos, retain, messageExpiry, contentType, responseTopic, correlationData);
    }

    public PublishOptions withContentType(String contentType) {
        return new PublishOptions(qos, retain, messageExpiry, contentType, responseTopic, correlationData);
    }

    public PublishOptions withResponseTopic(String responseTopic) {
        return new PublishOptions(qos, retain, messageExpiry, contentType, responseTopic, correlationData);
    }

    public PublishOptions withCorrelationData(byte[] correlationData) {
        return new PublishOptions(qos, retain, messageExpiry, contentType, responseTopic, correlationData);
    }

    @Override
    public byte[] correlationData() {
        return correlationData == null ? null : correlationData.clone();
    }

    /** Whether any MQTT 5 property is set, which an MQTT 3.1.1 client cannot send. */
    boolean usesMqtt5Properties() {
        return messageExpiry != null || contentType != null || responseTopic != null || correlationData != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublishOptions that
                && qos == that.qos
                && retain == that.retain
                && Objects.equals(messageExpiry, that.messageExpiry)
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(responseTopic, that.responseTopic)
                && Arrays.equals(correlationData, that.correlationData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(qos, retain, messageExpiry, contentType, responseTopic, Arrays.hashCode(correlationData));
    }

    @Override
    public String toString() {
        return "PublishOptions[qos " + qos.level() + (retain ? ", retained" : "")
                + (messageExpiry != null ? ", expiry " + messageExpiry.toSeconds() + " s" : "")
                + (contentType != null ? ", contentType " + contentType : "")
                + (responseTopic != null ? ", responseTopic " + responseTopic : "")
                + (correlationData != null ? ", correlationData " + correlationData.length + " bytes" : "") + "]";
    }
}
