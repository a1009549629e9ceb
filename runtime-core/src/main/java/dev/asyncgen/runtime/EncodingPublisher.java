package dev.asyncgen.runtime;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Publisher} that encodes with a {@link Codec} and hands the bytes to a {@link Transport}. Headers and
 * key of another type than the spec's are refused at once.
 */
public final class EncodingPublisher<P> implements Publisher<P> {
    private final String address;
    private final Codec codec;
    private final Transport transport;
    private final Class<?> headersType;
    private final Class<?> keyType;

    /**
     * @param headersType the spec's headers type for this channel, or null when it documents none
     * @param keyType the spec's key type (Kafka), or null when it documents none (any key is then taken)
     */
    public EncodingPublisher(String address, Codec codec, Transport transport, Class<?> headersType, Class<?> keyType) {
        this.address = Objects.requireNonNull(address, "address");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.headersType = headersType;
        this.keyType = keyType;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public CompletableFuture<Published> send(P payload) {
        return message(payload).send();
    }

    @Override
    public OutgoingMessage<P> message(P payload) {
        return new Message(payload);
    }

    private final class Message implements OutgoingMessage<P> {
        private final P payload;
        private Object headers;
        private Object key;

        Message(P payload) {
            this.payload = payload;
        }

        @Override
        public OutgoingMessage<P> headers(Object headers) {
            checkType("headers", headers, headersType);
            this.headers = headers;
            return this;
        }

        @Override
        public OutgoingMessage<P> key(Object key) {
            if (keyType != null) {
                checkType("key", key, keyType);
            }
            this.key = key;
            return this;
        }

        @Override
        public CompletableFuture<Published> send() {
            Outbound outbound;
            try {
                Map<String, String> headerText = headers == null ? Map.of() : codec.encodeHeaders(headers);
                outbound = new Outbound(address, codec.encode(payload), headerText, Keys.encode(codec, key));
            } catch (IOException | RuntimeException notEncoded) {
                return CompletableFuture.failedFuture(new IllegalArgumentException(
                        "the message for " + address + " does not encode: " + notEncoded.getMessage(), notEncoded));
            }
            return transport.publish(outbound);
        }
    }

    private static void checkType(String what, Object value, Class<?> documented) {
        if (value == null) {
            return;
        }
        if (documented == null) {
            throw new IllegalArgumentException("the spec documents no " + what + " for this channel");
        }
        if (!documented.isInstance(value)) {
            throw new IllegalArgumentException(
                    what + " must be a " + documented.getName() + ", not a " + value.getClass().getName());
        }
    }
}
