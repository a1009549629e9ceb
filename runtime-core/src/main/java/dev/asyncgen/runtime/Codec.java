package dev.asyncgen.runtime;

import java.io.IOException;
import java.util.Map;

/**
 * Turns values into message bytes and headers, and back. The runtimes use {@link JacksonCodec#standard()} unless
 * given another.
 *
 * <p>Headers travel as text, one header per top-level property of the spec's headers object: a string (or enum)
 * value as its text, anything else (numbers, booleans, objects, arrays) as JSON text; a null property is not
 * sent. Each protocol then carries the text its own way (Kafka: UTF-8 bytes; AMQP: a long string; MQTT 5: a user
 * property).
 */
public interface Codec {

    byte[] encode(Object value) throws IOException;

    /** @throws IOException when {@code bytes} are not a {@code type} */
    <T> T decode(byte[] bytes, Class<T> type) throws IOException;

    /** The headers object's properties as header text, in property order. */
    Map<String, String> encodeHeaders(Object headers) throws IOException;

    /**
     * Reads the headers object from header text. Headers the type does not declare are ignored (brokers and
     * tracing add their own).
     *
     * @throws IOException when a declared header's text does not decode into its property's type
     */
    <H> H decodeHeaders(Map<String, String> headers, Class<H> type) throws IOException;
}
