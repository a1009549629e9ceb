package dev.asyncgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Jackson 2's and Jackson 3's codecs keep the same {@link Codec} contract. */
class Jackson3CodecTest {
    record Reading(long lumens, OffsetDateTime sentAt) {}

    record ReadingHeaders(Long version, String origin, List<String> tags) {}

    static List<Codec> codecs() {
        return List.of(JacksonCodec.standard(), Jackson3Codec.standard());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void payloadsRoundTripWithDateTimesAsWrittenAndUnknownPropertiesIgnored(Codec codec) throws Exception {
        Reading reading = codec.decode(utf8("{\"lumens\":120,\"sentAt\":\"2026-01-02T03:04:05+02:00\",\"new\":1}"),
                Reading.class);
        assertThat(reading).isEqualTo(new Reading(120, OffsetDateTime.parse("2026-01-02T03:04:05+02:00")));
        assertThat(new String(codec.encode(reading), StandardCharsets.UTF_8))
                .isEqualTo("{\"lumens\":120,\"sentAt\":\"2026-01-02T03:04:05+02:00\"}");
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void headersTravelAsTextAndReadBack(Codec codec) throws Exception {
        ReadingHeaders headers = new ReadingHeaders(7L, "{plant}", List.of("a", "b"));
        Map<String, String> text = codec.encodeHeaders(headers);
        assertThat(text).containsExactly(Map.entry("version", "7"), Map.entry("origin", "{plant}"),
                Map.entry("tags", "[\"a\",\"b\"]"));
        assertThat(codec.decodeHeaders(text, ReadingHeaders.class)).isEqualTo(headers);
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void anUndecodablePayloadIsAnIOExceptionThatDoesNotRepeatTheValue(Codec codec) {
        assertThatThrownBy(() -> codec.decode(utf8("{\"lumens\":\"bright\"}"), Reading.class))
                .isInstanceOf(java.io.IOException.class)
                .satisfies(e -> assertThat(DecodeErrors.where((Exception) e))
                        .startsWith(" at lumens (line 1, column ")
                        .doesNotContain("bright"));
    }

    @ParameterizedTest
    @MethodSource("codecs")
    void theDispatcherReportsWhereAPayloadFailedWhicheverJacksonDecodes(Codec codec) {
        List<ClientError> errors = new ArrayList<>();
        new DeliveryDispatcher<String, Reading>(codec,
                address -> Optional.of(new Route<>(address, Reading.class, null, null)),
                message -> { }, AckMode.AUTO, errors::add, letter -> { })
                .dispatch(new Delivery("lights", utf8("{\"lumens\":\"bright\"}"), Map.of(), null, false, null, "test",
                        new Settlement() {
                            @Override
                            public CompletionStage<Void> ack() {
                                return CompletableFuture.completedFuture(null);
                            }

                            @Override
                            public CompletionStage<Void> reject(boolean requeue) {
                                return CompletableFuture.completedFuture(null);
                            }
                        }));
        assertThat(errors).singleElement().isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.toString()).contains("does not decode as Reading at lumens (line 1")
                        .doesNotContain("bright"));
    }
}
