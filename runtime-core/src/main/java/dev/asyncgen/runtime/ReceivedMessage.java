package dev.asyncgen.runtime;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A message delivered to a handler, decoded.
 *
 * <p>With {@link AckMode#AUTO} (the default) the runtime acknowledges when the handler returns and rejects when
 * it throws; {@link #ack()} and {@link #nack} are for {@link AckMode#MANUAL}, where each message needs exactly one
 * of them (a second call fails).
 *
 * @param <C> the generated channel type, with the parameters read from the concrete address
 * @param <P> the payload type
 */
public interface ReceivedMessage<C, P> {

    /** The concrete channel it arrived on, parameters parsed from the address. */
    C channel();

    /** The decoded payload; null only when the message carried JSON {@code null}. */
    P payload();

    /** The decoded headers (an instance of the spec's headers type), or null when the spec or message has none. */
    Object headers();

    /**
     * The headers as {@code type}, or null.
     *
     * @throws ClassCastException when the headers are of another type
     */
    default <H> H headers(Class<H> type) {
        return type.cast(headers());
    }

    /** The decoded message key (Kafka), or null. */
    Object key();

    /**
     * The key as {@code type}, or null.
     *
     * @throws ClassCastException when the key is of another type
     */
    default <K> K key(Class<K> type) {
        return type.cast(key());
    }

    /** The address exactly as the broker gave it (topic, routing key, MQTT topic). */
    String address();

    /** Whether the broker says it may have been delivered before (a duplicate is possible). */
    boolean redelivered();

    /** Protocol metadata by type: Kafka's record position, MQTT's QoS and retain flag, AMQP's properties. */
    <M> Optional<M> metadata(Class<M> type);

    /** Acknowledges ({@link AckMode#MANUAL}). */
    CompletionStage<Void> ack();

    /**
     * Rejects ({@link AckMode#MANUAL}): the message is reported as a {@link Problem} and given to the dead-letter
     * hook, then redelivered when {@code redeliver} is true and the protocol can, else dropped.
     */
    CompletionStage<Void> nack(Throwable why, boolean redeliver);
}
