package dev.asyncgen.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.runtime.ReceivedMessage;
import dev.asyncgen.runtime.Route;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Parameter values a user may put into a topic routing key: those with {@code .}, {@code *} or {@code #} are
 * refused with a message naming channel and parameter; every other value is routed by a {@code *} binding and
 * read back exactly.
 */
class HostileRoutingProperties {
    record Note(String text) {}

    private static QpidBroker broker;
    private static AmqpClient client;
    private static AmqpExchange exchange;
    private static final BlockingQueue<ReceivedMessage<String, Note>> received = new LinkedBlockingQueue<>();

    @BeforeContainer
    static void start() throws Exception {
        broker = QpidBroker.start();
        client = AmqpClient.builder().uri(broker.uri()).declareTopology(true).build();
        client.connected().get(20, TimeUnit.SECONDS);
        exchange = new AmqpExchange("hostile", "topic", false, true);
        client.subscribe(AmqpSource.exchange(exchange, "room.*.note"), routingKey -> {
            String[] words = routingKey.split("\\.", -1);
            return words.length == 3 ? Optional.of(new Route<>(words[1], Note.class, null, null)) : Optional.empty();
        }, received::add, SubscribeOptions.defaults()).ready().get(20, TimeUnit.SECONDS);
    }

    @AfterContainer
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> anyText = Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMinLength(1).ofMaxLength(40);
        Arbitrary<String> oftenHostile = Arbitraries.strings().withChars("a.*#\u00e9\u4e2d \u0000").ofMinLength(1).ofMaxLength(8);
        return Arbitraries.oneOf(anyText, oftenHostile);
    }

    @Property(tries = 60)
    void wildcardAndSeparatorCharactersAreRefusedOthersRoundTrip(@ForAll("values") String value) throws Exception {
        boolean hostile = value.contains(".") || value.contains("*") || value.contains("#");
        Statistics.label("hostile").collect(hostile).coverage(coverage -> {
            coverage.check(true).count(count -> count >= 10);
            coverage.check(false).count(count -> count >= 10);
        });
        if (hostile) {
            assertThatThrownBy(() -> AmqpNames.requireTopicWord("notes", "room", value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("parameter 'room' of channel notes");
            return;
        }
        String routingKey = "room." + AmqpNames.requireTopicWord("notes", "room", value) + ".note";
        client.<Note>publisher(exchange, routingKey, PublishOptions.defaults(), null).send(new Note(value))
                .get(20, TimeUnit.SECONDS);
        ReceivedMessage<String, Note> message = received.poll(20, TimeUnit.SECONDS);
        assertThat(message).isNotNull();
        assertThat(message.channel()).isEqualTo(value);
        assertThat(message.payload().text()).isEqualTo(value);
    }
}
