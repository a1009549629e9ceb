package dev.asyncgen.runtime;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One message as a transport received it, before decoding.
 *
 * <p>Where it came from is text for a person, needed only when a problem is reported; a transport may give it as a
 * {@link Supplier}, so that a message handled without trouble never builds it.
 */
public final class Delivery {
    private final String address;
    private final byte[] payload;
    private final Map<String, String> headers;
    private final byte[] key;
    private final boolean redelivered;
    private final Object metadata;
    private final Supplier<String> source;
    private final Settlement settlement;

    /**
     * @param address the topic, routing key or MQTT topic it arrived on
     * @param payload the body
     * @param headers its headers as text (see {@link Codec}); empty when none
     * @param key the Kafka record key, or null
     * @param redelivered whether the broker says it may have been delivered before
     * @param metadata the protocol's own metadata (partition and offset, QoS, AMQP properties), or null
     * @param source where it came from, for a person ({@code topic t partition 0 offset 12})
     * @param settlement how to acknowledge or reject it
     */
    public Delivery(String address, byte[] payload, Map<String, String> headers, byte[] key, boolean redelivered,
            Object metadata, String source, Settlement settlement) {
        this(address, payload, headers, key, redelivered, metadata, fixed(source), settlement);
    }

    /** The same, with the text of where it came from made only when asked for. */
    public Delivery(String address, byte[] payload, Map<String, String> headers, byte[] key, boolean redelivered,
            Object metadata, Supplier<String> source, Settlement settlement) {
        this.address = Objects.requireNonNull(address, "address");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.headers = Map.copyOf(headers);
        this.key = key;
        this.redelivered = redelivered;
        this.metadata = metadata;
        this.source = Objects.requireNonNull(source, "source");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
    }

    private static Supplier<String> fixed(String source) {
        Objects.requireNonNull(source, "source");
        return () -> source;
    }

    /** The topic, routing key or MQTT topic it arrived on. */
    public String address() {
        return address;
    }

    /** The body. */
    public byte[] payload() {
        return payload;
    }

    /** Its headers as text (see {@link Codec}); empty when none. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The Kafka record key, or null. */
    public byte[] key() {
        return key;
    }

    /** Whether the broker says it may have been delivered before. */
    public boolean redelivered() {
        return redelivered;
    }

    /** The protocol's own metadata (partition and offset, QoS, AMQP properties), or null. */
    public Object metadata() {
        return metadata;
    }

    /** Where it came from, for a person ({@code topic t partition 0 offset 12}). */
    public String source() {
        return String.valueOf(source.get());
    }

    /** How to acknowledge or reject it. */
    public Settlement settlement() {
        return settlement;
    }

    @Override
    public String toString() {
        return "Delivery[" + source() + "]";
    }
}
