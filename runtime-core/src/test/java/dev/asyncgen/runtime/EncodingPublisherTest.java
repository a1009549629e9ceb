package dev.asyncgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class EncodingPublisherTest {
    record Reading(long lumens) {}

    record ReadingHeaders(Long version, String origin, Boolean test) {}

    private final List<Outbound> sent = new ArrayList<>();

    private EncodingPublisher<Reading> publisher(Class<?> keyType) {
        return new EncodingPublisher<>("lights.7", JacksonCodec.standard(), message -> {
            sent.add(message);
            return CompletableFuture.completedFuture(new Published(message.address(), null));
        }, ReadingHeaders.class, keyType);
    }

    @Test
    void headersTravelAsTextOnePerPropertyNullsLeftOutAndReadBackAsTheRecord() throws Exception {
        publisher(String.class).message(new Reading(120)).headers(new ReadingHeaders(7L, "plant", null)).key("17")
                .send().get();

        Outbound outbound = sent.get(0);
        assertThat(new String(outbound.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"lumens\":120}");
        assertThat(outbound.headers()).containsExactly(
                java.util.Map.entry("version", "7"), java.util.Map.entry("origin", "plant"));
        assertThat(outbound.key()).isEqualTo("17".getBytes(StandardCharsets.UTF_8));
        assertThat(JacksonCodec.standard().decodeHeaders(outbound.headers(), ReadingHeaders.class))
                .isEqualTo(new ReadingHeaders(7L, "plant", null));
    }

    @Test
    void headersOrAKeyOfAnotherTypeThanTheSpecsAreRefusedAtOnce() {
        assertThatThrownBy(() -> publisher(Long.class).message(new Reading(1)).key("17"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be a java.lang.Long, not a java.lang.String");
        assertThatThrownBy(() -> publisher(null).message(new Reading(1)).headers("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("headers must be a");
    }
}
