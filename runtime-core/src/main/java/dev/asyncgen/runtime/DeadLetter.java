package dev.asyncgen.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * A message that could not be handled (it did not decode, or its handler threw or rejected it), with everything
 * needed to publish it elsewhere.
 *
 * @param problem why
 * @param address where it arrived
 * @param payload its bytes as received
 * @param headers its headers as text
 * @param key its Kafka key, or null
 */
public record DeadLetter(Problem problem, String address, byte[] payload, Map<String, String> headers, byte[] key) {

    public DeadLetter {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(address, "address");
        payload = payload.clone();
        headers = Map.copyOf(headers);
        key = key == null ? null : key.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] key() {
        return key == null ? null : key.clone();
    }

    /** Says why and where, never the bytes. */
    @Override
    public String toString() {
        return "DeadLetter[" + problem + "]";
    }
}
