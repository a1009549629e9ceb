package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Published;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.Route;
import dev.asyncgen.runtime.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The broker goes away in the middle of a stream and comes back on the same port: nothing is lost. */
class BrokerRestartTest {
    record Tick(int n) {}

    private static final TestBroker BROKER = new TestBroker();

    @BeforeAll
    static void startBroker() throws Exception {
        BROKER.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        BROKER.close();
    }

    @Test
    void publishingAndConsumingCarryOnAcrossABrokerRestart() throws Exception {
        List<ClientState> states = new CopyOnWriteArrayList<>();
        List<ClientError> errors = new CopyOnWriteArrayList<>();
        int total = 200;
        try (KafkaClient client = KafkaClient.builder()
                .bootstrapServers(BROKER.bootstrapServers())
                .clientId("restart")
                .groupId("restart-group")
                .declareTopology(true)
                .onState(states::add)
                .onError(errors::add)
                .stateProbeInterval(Duration.ofMillis(200))
                .property("auto.offset.reset", "earliest")
                .build()) {
            Set<Integer> received = ConcurrentHashMap.newKeySet();
            CompletableFuture<Void> all = new CompletableFuture<>();
            Subscription subscription = client.subscribe("ticks", topic -> Optional.of(new Route<>(topic, Tick.class, null, null)),
                    message -> {
                        received.add(message.payload().n());
                        if (received.size() == total) {
                            all.complete(null);
                        }
                    }, SubscribeOptions.DEFAULTS.withTopic(TopicSpec.DEFAULTS.withPartitions(2)));
            subscription.ready().get(30, TimeUnit.SECONDS);
            Publisher<Tick> publisher = client.publisher("ticks");
            List<CompletableFuture<Published>> sent = new ArrayList<>();
            for (int n = 0; n < total / 2; n++) {
                sent.add(publisher.send(new Tick(n)));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            BROKER.stopBroker();
            // Published while the broker is down: send blocks while the topic's leader is unknown (Kafka's
            // back-pressure, up to max.block.ms), then the producer retries; nothing is lost or duplicated.
            CompletableFuture<List<CompletableFuture<Published>>> secondHalf = CompletableFuture.supplyAsync(() -> {
                List<CompletableFuture<Published>> futures = new ArrayList<>();
                for (int n = total / 2; n < total; n++) {
                    futures.add(publisher.send(new Tick(n)));
                }
                return futures;
            });
            awaitState(states, ClientState.Recovering.class);
            BROKER.startBroker();

            sent.addAll(secondHalf.get(90, TimeUnit.SECONDS));
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
            all.get(90, TimeUnit.SECONDS);
            assertThat(received).hasSize(total);
            assertThat(subscription.isActive()).isTrue();
            awaitState(states.subList(states.indexOf(firstOf(states, ClientState.Recovering.class)), states.size()),
                    ClientState.Open.class);
        }
        assertThat(errors).allSatisfy(error -> assertThat(error).isInstanceOf(dev.asyncgen.runtime.Failure.class));
    }

    private static ClientState firstOf(List<ClientState> states, Class<? extends ClientState> type) {
        return states.stream().filter(type::isInstance).findFirst().orElseThrow();
    }

    private static void awaitState(List<ClientState> states, Class<? extends ClientState> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (states.stream().noneMatch(type::isInstance)) {
            assertThat(System.nanoTime()).as("a %s state within 60 s, saw %s", type.getSimpleName(), states).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
