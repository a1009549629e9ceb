package dev.asyncgen.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Failure;
import dev.asyncgen.runtime.Publisher;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against in-JVM Moquette 0.17 (MQTT 3.1.1). */
class MoquetteClientTest extends MqttClientContract {
    private static MoquetteBroker broker;

    @BeforeAll
    static void startBroker() throws IOException {
        broker = MoquetteBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    URI brokerUri() {
        return broker.uri();
    }

    @Override
    MqttVersion version() {
        return MqttVersion.V3_1_1;
    }

    @Test
    void headersAndMqtt5PropertiesCannotTravelOnMqtt311() throws Exception {
        MqttClient client = client();
        assertThatThrownBy(() -> client.publisher(topic("expiry"),
                PublishOptions.defaults().withMessageExpiry(Duration.ofSeconds(5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MQTT 3.1.1 cannot carry");

        record Headers(String traceId) {}
        Publisher<Reading> publisher = client.publisher(topic("headers"), PublishOptions.defaults(), Headers.class);
        CompletableFuture<?> sent = publisher.message(new Reading("h", 1)).headers(new Headers("abc")).send();
        assertThat(sent).failsWithin(Duration.ofSeconds(1)).withThrowableThat()
                .withMessageContaining("MQTT 3.1.1 has no user properties");
    }

    @Test
    void aBrokerDownAtStartIsRetriedUntilItIsThere() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<ClientState> states = new CopyOnWriteArrayList<>();
        MqttClient client = client(builder().uri(URI.create("tcp://127.0.0.1:" + port)).onState(states::add));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (states.stream().noneMatch(ClientState.Recovering.class::isInstance) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(states).first().isEqualTo(new ClientState.Connecting(1));
        ClientState.Recovering recovering = (ClientState.Recovering) states.stream()
                .filter(ClientState.Recovering.class::isInstance).findFirst().orElseThrow();
        assertThat(recovering.failure().kind()).isEqualTo(Failure.Kind.TRANSPORT);
        assertThat(recovering.failure().terminal()).isFalse();

        try (MoquetteBroker late = MoquetteBroker.startOn(port)) {
            client.ready().get(10, TimeUnit.SECONDS);
            assertThat(client.state()).isEqualTo(new ClientState.Open());
            client.close();
        }
    }

    /**
     * The broker (sessions in memory, so lost in the restart) stops mid-stream: both clients report it and retry,
     * what is published meanwhile waits in the client and is confirmed once the broker is back, the subscription is
     * restored without the application asking, and from then on nothing is lost. (Messages the restarted broker
     * got before the subscription was back had nobody to go to: the broker's loss, which a persistent broker
     * avoids. Moquette 0.17's persistent store is not used: it dropped an in-flight QoS 1 message.)
     */
    @Test
    void aBrokerRestartedMidStreamLosesNothingAtQos1() throws Exception {
        try (MoquetteBroker restarting = MoquetteBroker.start()) {
            String topic = topic("restart");
            Set<Integer> received = ConcurrentHashMap.newKeySet();
            List<ClientState> subscriberStates = new CopyOnWriteArrayList<>();
            List<ClientState> senderStates = new CopyOnWriteArrayList<>();
            MqttClient subscriber = client(builder().uri(restarting.uri()).onState(subscriberStates::add));
            subscriber.subscribe(topic, Qos.AT_LEAST_ONCE, Reading.class, m -> received.add(m.payload().lumens()))
                    .ready().get(10, TimeUnit.SECONDS);
            MqttClient sender = client(builder().uri(restarting.uri()).onState(senderStates::add));
            Publisher<Reading> publisher = sender.publisher(topic, PublishOptions.defaults());
            for (int i = 0; i < 20; i++) {
                publisher.send(new Reading("before", i)).get(10, TimeUnit.SECONDS);
            }

            restarting.stop();
            waitFor(() -> senderStates.get(senderStates.size() - 1) instanceof ClientState.Recovering);
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (int i = 20; i < 50; i++) {
                sends.add(publisher.send(new Reading("while down", i)));
            }
            Thread.sleep(300);
            assertThat(sends).noneMatch(CompletableFuture::isDone);
            restarting.startAgain();
            for (CompletableFuture<?> send : sends) {
                send.get(30, TimeUnit.SECONDS); // confirmed once the broker is back
            }
            assertThat(subscriberStates).anyMatch(ClientState.Recovering.class::isInstance);

            // The subscription is back once a probe gets through.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!received.contains(-1) && System.nanoTime() < deadline) {
                publisher.send(new Reading("probe", -1)).get(10, TimeUnit.SECONDS);
                Thread.sleep(50);
            }
            assertThat(received).as("the subscription was restored").contains(-1);
            for (int i = 100; i < 150; i++) {
                publisher.send(new Reading("after", i)).get(10, TimeUnit.SECONDS);
            }
            waitFor(() -> received.containsAll(range(100, 150)));
            assertThat(received).containsAll(range(100, 150));
            assertThat(subscriberStates).last().isEqualTo(new ClientState.Open());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.range(from, to).boxed().toList();
    }
}
