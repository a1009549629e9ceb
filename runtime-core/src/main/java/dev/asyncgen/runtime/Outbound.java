package dev.asyncgen.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One message as a transport sends it, encoded.
 *
 * @param address the topic, routing key or MQTT topic
 * @param payload the body
 * @param headers header text (see {@link Codec}), in order
 * @param key the Kafka record key, or null
 */
public record Outbound(String address, byte[] payload, Map<String, String> headers, byte[] key) {

    public Outbound {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(payload, "payload");
        headers = headers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
