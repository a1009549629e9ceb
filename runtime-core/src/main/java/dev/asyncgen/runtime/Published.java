package dev.asyncgen.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * What the broker confirmed for one publish.
 *
 * @param address where it went
 * @param metadata the protocol's confirmation (Kafka's partition and offset, say), or null
 */
public record Published(String address, Object metadata) {

    public Published {
        Objects.requireNonNull(address, "address");
    }

    /** The metadata as {@code type}, when it is one. */
    public <M> Optional<M> metadata(Class<M> type) {
        return type.isInstance(metadata) ? Optional.of(type.cast(metadata)) : Optional.empty();
    }
}
