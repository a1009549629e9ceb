package dev.asyncgen.runtime;

import java.util.Objects;

/**
 * What a concrete address decodes to: the generated channel with its parameters, and the spec's types.
 *
 * @param channel the generated channel
 * @param payloadType the payload type
 * @param headersType the headers type, or null when the spec documents none
 * @param keyType the key type (Kafka), or null when the spec documents none
 */
public record Route<C, P>(C channel, Class<P> payloadType, Class<?> headersType, Class<?> keyType) {

    public Route {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(payloadType, "payloadType");
    }
}
