package dev.asyncgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

class DeliveryDispatcherTest {
    record Reading(long lumens) {}

    record ReadingHeaders(Long version, String origin) {}

    private final List<ClientError> errors = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final List<String> settled = new ArrayList<>();
    private final List<ReceivedMessage<String, Reading>> handled = new ArrayList<>();

    private DeliveryDispatcher<String, Reading> dispatcher(MessageHandler<ReceivedMessage<String, Reading>> handler,
            AckMode mode) {
        return new DeliveryDispatcher<>(JacksonCodec.standard(),
                address -> address.startsWith("lights.")
                        ? Optional.of(new Route<>("channel " + address, Reading.class, ReadingHeaders.class, String.class))
                        : Optional.empty(),
                handler, mode, errors::add, deadLetters::add);
    }

    private Delivery delivery(String address, String json, Map<String, String> headers) {
        return new Delivery(address, json.getBytes(StandardCharsets.UTF_8), headers,
                "17".getBytes(StandardCharsets.UTF_8), false, 42L, "topic " + address + " offset 3", new Settlement() {
                    @Override
                    public CompletionStage<Void> ack() {
                        settled.add("ack");
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public CompletionStage<Void> reject(boolean requeue) {
                        settled.add("reject requeue=" + requeue);
                        return CompletableFuture.completedFuture(null);
                    }
                });
    }

    @Test
    void aDecodedMessageReachesTheHandlerTypedAndIsAcknowledgedWhenItReturns() {
        dispatcher(handled::add, AckMode.AUTO).dispatch(
                delivery("lights.7", "{\"lumens\":120}", Map.of("version", "7", "origin", "{odd}")));

        assertThat(handled).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo("channel lights.7");
            assertThat(message.payload()).isEqualTo(new Reading(120));
            assertThat(message.headers(ReadingHeaders.class)).isEqualTo(new ReadingHeaders(7L, "{odd}"));
            assertThat(message.key()).isEqualTo("17");
            assertThat(message.metadata(Long.class)).contains(42L);
            assertThat(message.metadata(String.class)).isEmpty();
        });
        assertThat(settled).containsExactly("ack");
        assertThat(errors).isEmpty();
    }

    @Test
    void aMessageThatDoesNotDecodeIsReportedWithItsBytesDeadLetteredAndSkipped() {
        dispatcher(handled::add, AckMode.AUTO).dispatch(delivery("lights.7", "{\"lumens\":\"bright\"}", Map.of()));

        assertThat(handled).isEmpty();
        assertThat(settled).containsExactly("reject requeue=false");
        assertThat(errors).singleElement().isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.kind()).isEqualTo(Problem.Kind.DECODE);
            assertThat(problem.source()).isEqualTo("topic lights.7 offset 3");
            assertThat(new String(problem.raw(), StandardCharsets.UTF_8)).isEqualTo("{\"lumens\":\"bright\"}");
            assertThat(problem.toString()).doesNotContain("bright").contains("19 bytes");
        });
        assertThat(deadLetters).singleElement().satisfies(letter -> assertThat(letter.key()).isEqualTo(
                "17".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHandlerThatThrowsIsReportedAndTheNextMessageStillArrives() {
        DeliveryDispatcher<String, Reading> dispatcher = dispatcher(message -> {
            if (message.payload().lumens() == 1) {
                throw new IllegalStateException("boom");
            }
            handled.add(message);
        }, AckMode.AUTO);

        dispatcher.dispatch(delivery("lights.7", "{\"lumens\":1}", Map.of()));
        dispatcher.dispatch(delivery("lights.7", "{\"lumens\":2}", Map.of()));

        assertThat(handled).extracting(message -> message.payload().lumens()).containsExactly(2L);
        assertThat(settled).containsExactly("reject requeue=false", "ack");
        assertThat(errors).singleElement().isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.kind()).isEqualTo(Problem.Kind.HANDLER));
        assertThat(deadLetters).hasSize(1);
    }

    @Test
    void manualModeSettlesOnlyWhatTheHandlerSettlesAndRefusesASecondSettlement() {
        dispatcher(message -> {
            message.nack(new IllegalStateException("later"), true);
            assertThat(message.ack().toCompletableFuture()).isCompletedExceptionally();
            handled.add(message);
        }, AckMode.MANUAL).dispatch(delivery("lights.7", "{\"lumens\":1}", Map.of()));

        assertThat(handled).hasSize(1);
        assertThat(settled).containsExactly("reject requeue=true");
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void anAddressNoChannelMatchesIsReportedAsUnroutedAndSkipped() {
        dispatcher(handled::add, AckMode.AUTO).dispatch(delivery("other", "{}", Map.of()));

        assertThat(errors).singleElement().isInstanceOfSatisfying(Problem.class,
                problem -> assertThat(problem.kind()).isEqualTo(Problem.Kind.UNROUTED));
        assertThat(settled).containsExactly("reject requeue=false");
    }

    @Test
    void aListenerOrDeadLetterHandlerThatThrowsStopsNothing() {
        new DeliveryDispatcher<String, Reading>(JacksonCodec.standard(), address -> Optional.empty(), handled::add,
                AckMode.AUTO, error -> {
                    throw new IllegalStateException("listener bug");
                }, letter -> {
                    throw new IllegalStateException("dead-letter bug");
                }).dispatch(delivery("other", "{}", Map.of()));

        assertThat(settled).containsExactly("reject requeue=false");
    }
}
