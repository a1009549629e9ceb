package dev.asyncgen.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Message keys: a string as UTF-8 (what Kafka's StringSerializer writes), anything else through the codec. */
final class Keys {
    private Keys() {}

    static byte[] encode(Codec codec, Object key) throws IOException {
        if (key == null) {
            return null;
        }
        return key instanceof CharSequence text ? text.toString().getBytes(StandardCharsets.UTF_8) : codec.encode(key);
    }

    static Object decode(Codec codec, byte[] key, Class<?> type) throws IOException {
        if (key == null || type == null) {
            return null;
        }
        return type == String.class ? new String(key, StandardCharsets.UTF_8) : codec.decode(key, type);
    }
}
