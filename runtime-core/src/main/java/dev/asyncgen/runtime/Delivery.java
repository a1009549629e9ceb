package dev.asyncgen.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * One message as a transport received it, before decoding.
 *
 * @param address the topic, routing key or MQTT topic it arrived on
 * @param payload the body
 * @param headers its headers as text (see {@link Codec}); empty when none
 * @param key the Kafka record key, or null
 * @param redelivered whether the broker says it may have been delivered before
 * @param metadata the protocol's own metadata (partition and offset, QoS, AMQP properties), or null
 * @param source where it came from, for a person ({@code topic t partition 0 offset 12})
 * @param settlement how to acknowledge or reject it
 */
public record Delivery(
        String address,
        byte[] payload,
        Map<String, String> headers,
        byte[] key,
        boolean redelivered,
        Object metadata,
        String source,
        Settlement settlement) {

    public Delivery {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(payload, "payload");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settlement, "settlement");
    }
}
