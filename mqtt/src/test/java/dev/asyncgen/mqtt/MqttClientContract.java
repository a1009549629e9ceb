package dev.asyncgen.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.runtime.AckMode;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.Problem;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.ReceivedMessage;
import dev.asyncgen.runtime.Route;
import dev.asyncgen.runtime.Subscription;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every broker must show of the client; subclasses say which broker and protocol version. */
abstract class MqttClientContract {
    /** A payload as generated code has them. */
    record Reading(String id, int lumens) {}

    private final List<MqttClient> clients = new CopyOnWriteArrayList<>();
    protected final List<ClientError> errors = new CopyOnWriteArrayList<>();

    abstract URI brokerUri();

    abstract MqttVersion version();

    /** A topic of its own per test, so that tests never see each other's (retained) messages. */
    protected static String topic(String name) {
        return "asyncgen-test/" + UUID.randomUUID() + "/" + name;
    }

    protected MqttClient.Builder builder() {
        return MqttClient.builder()
                .uri(brokerUri())
                .protocolVersion(version())
                .backoff(attempt -> Duration.ofMillis(100))
                .onError(errors::add);
    }

    protected MqttClient client(MqttClient.Builder builder) {
        MqttClient client = builder.build();
        clients.add(client);
        return client;
    }

    protected MqttClient client() {
        return client(builder());
    }

    @AfterEach
    void closeClients() {
        clients.forEach(MqttClient::close);
    }

    protected static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
        T value = queue.poll(10, TimeUnit.SECONDS);
        assertThat(value).as("a message within 10 s").isNotNull();
        return value;
    }

    @ParameterizedTest
    @EnumSource(Qos.class)
    void publishesAndReceivesAtEveryQos(Qos qos) throws Exception {
        String topic = topic("qos" + qos.level());
        BlockingQueue<ReceivedMessage<String, Reading>> received = new LinkedBlockingQueue<>();
        client().subscribe(topic, qos, Reading.class, received::add).ready().get(10, TimeUnit.SECONDS);
        Publisher<Reading> publisher = client().publisher(topic, PublishOptions.defaults().withQos(qos));

        publisher.send(new Reading("lamp-1", 300)).get(10, TimeUnit.SECONDS);

        ReceivedMessage<String, Reading> message = take(received);
        assertThat(message.payload()).isEqualTo(new Reading("lamp-1", 300));
        assertThat(message.address()).isEqualTo(topic);
        assertThat(message.metadata(MqttMetadata.class)).get()
                .extracting(MqttMetadata::qos, MqttMetadata::retain)
                .containsExactly(qos, false);
    }

    @Test
    void retainedMessageReachesALaterSubscriber() throws Exception {
        String topic = topic("retained");
        // Published at QoS 1 (stored for sure once PUBACKed), received at QoS 0: Moquette 0.17 drops the RETAIN
        // flag when it delivers a retained message at QoS 1 or 2.
        client().publisher(topic, PublishOptions.defaults().withRetain(true))
                .send(new Reading("lamp-2", 12)).get(10, TimeUnit.SECONDS);
        BlockingQueue<ReceivedMessage<String, Reading>> received = new LinkedBlockingQueue<>();

        client().subscribe(topic, Qos.AT_MOST_ONCE, Reading.class, received::add);

        ReceivedMessage<String, Reading> message = take(received);
        assertThat(message.payload()).isEqualTo(new Reading("lamp-2", 12));
        assertThat(message.metadata(MqttMetadata.class).orElseThrow().retain()).isTrue();
    }

    @Test
    void readyCompletesOnSubackAndTheSubscriptionCloses() throws Exception {
        Subscription subscription = client().subscribe(topic("ready"), Qos.AT_LEAST_ONCE, Reading.class, m -> {});

        subscription.ready().get(10, TimeUnit.SECONDS);

        assertThat(subscription.isActive()).isTrue();
        subscription.close();
        subscription.close();
        assertThat(subscription.isActive()).isFalse();
    }

    @Test
    void aPersistentSessionKeepsWhatWasPublishedWhileTheSubscriberWasAway() throws Exception {
        String topic = topic("session");
        String clientId = "asyncgen-session-" + UUID.randomUUID().toString().substring(0, 8);
        MqttClient first = client(builder().clientId(clientId));
        first.subscribe(topic, Qos.AT_LEAST_ONCE, Reading.class, m -> {}).ready().get(10, TimeUnit.SECONDS);
        first.close();
        // HiveMQ keeps the I/O thread of a persistent session's client until the session would expire.
        assertThat(threadsNamed(clientId)).as("threads of the closed client")
                .allMatch(name -> name.contains("-io-"));

        Publisher<Reading> publisher = client().publisher(topic, PublishOptions.defaults());
        for (int i = 0; i < 5; i++) {
            publisher.send(new Reading("offline", i)).get(10, TimeUnit.SECONDS);
        }

        BlockingQueue<ReceivedMessage<String, Reading>> received = new LinkedBlockingQueue<>();
        client(builder().clientId(clientId)).subscribe(topic, Qos.AT_LEAST_ONCE, Reading.class, received::add);
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            values.add(take(received).payload().lumens());
        }
        assertThat(values).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aPoisonMessageIsReportedWithItsBytesAndSkipped() throws Exception {
        String topic = topic("poison");
        BlockingQueue<Reading> received = new LinkedBlockingQueue<>();
        client().subscribe(topic, Qos.AT_LEAST_ONCE, Reading.class, m -> received.add(m.payload()))
                .ready().get(10, TimeUnit.SECONDS);
        MqttClient sender = client();

        sender.publisher(topic, PublishOptions.defaults()).send("not a reading").get(10, TimeUnit.SECONDS);
        sender.publisher(topic, PublishOptions.defaults()).send(new Reading("after", 1)).get(10, TimeUnit.SECONDS);

        assertThat(take(received)).isEqualTo(new Reading("after", 1));
        Problem problem = problems(Problem.Kind.DECODE).get(0);
        assertThat(problem.address()).isEqualTo(topic);
        assertThat(new String(problem.raw(), StandardCharsets.UTF_8)).isEqualTo("\"not a reading\"");
        assertThat(problem.toString()).doesNotContain("not a reading");
    }

    @Test
    void aThrowingHandlerIsReportedAndDeliveryGoesOn() throws Exception {
        String topic = topic("throwing");
        BlockingQueue<Reading> received = new LinkedBlockingQueue<>();
        client().subscribe(topic, Qos.AT_LEAST_ONCE, Reading.class, m -> {
            if (m.payload().lumens() < 0) {
                throw new IllegalStateException("negative");
            }
            received.add(m.payload());
        }).ready().get(10, TimeUnit.SECONDS);
        Publisher<Reading> publisher = client().publisher(topic, PublishOptions.defaults());

        publisher.send(new Reading("bad", -1)).get(10, TimeUnit.SECONDS);
        publisher.send(new Reading("good", 2)).get(10, TimeUnit.SECONDS);

        assertThat(take(received)).isEqualTo(new Reading("good", 2));
        Problem problem = problems(Problem.Kind.HANDLER).get(0);
        assertThat(problem.address()).isEqualTo(topic);
        assertThat(problem.raw()).isNotEmpty();
        assertThat(problem.cause()).hasMessage("negative");
    }

    @Test
    void manyThreadsPublishingLoseNothingAtQos1() throws Exception {
        String topic = topic("threads");
        Set<Integer> received = ConcurrentHashMap.newKeySet();
        client().subscribe(topic, Qos.AT_LEAST_ONCE, Reading.class, m -> received.add(m.payload().lumens()))
                .ready().get(10, TimeUnit.SECONDS);
        Publisher<Reading> publisher = client().publisher(topic, PublishOptions.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> sends = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            int base = thread * 100;
            sends.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    publisher.send(new Reading("t", base + i)).join();
                }
                return null;
            }));
        }
        for (Future<?> send : sends) {
            send.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (received.size() < 800 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received).hasSize(800);
    }

    @Test
    void aWildcardSubscriptionGivesTheConcreteParameterBack() throws Exception {
        String base = topic("lights");
        BlockingQueue<ReceivedMessage<String, Reading>> received = new LinkedBlockingQueue<>();
        // The generated facade routes like this: the concrete topic parsed back into the channel's parameter.
        client().subscribe(base + "/+/measured", Qos.AT_LEAST_ONCE, AckMode.AUTO,
                topic -> Optional.of(new Route<>(topic.substring(base.length() + 1, topic.lastIndexOf('/')),
                        Reading.class, null, null)),
                received::add).ready().get(10, TimeUnit.SECONDS);
        MqttClient sender = client();

        sender.publisher(base + "/lamp-7/measured", PublishOptions.defaults()).send(new Reading("x", 7))
                .get(10, TimeUnit.SECONDS);
        sender.publisher(base + "/lamp-8/other", PublishOptions.defaults()).send(new Reading("x", 8))
                .get(10, TimeUnit.SECONDS);
        sender.publisher(base + "/lamp-9/measured", PublishOptions.defaults()).send(new Reading("x", 9))
                .get(10, TimeUnit.SECONDS);

        assertThat(take(received).channel()).isEqualTo("lamp-7");
        assertThat(take(received).channel()).isEqualTo("lamp-9");
        assertThat(received.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void badTopicsAreRefusedBeforeTheBrokerSeesThem() {
        MqttClient client = client();
        assertThatThrownBy(() -> client.publisher("a/+/b", PublishOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wildcard '+'");
        assertThatThrownBy(() -> client.subscribe("a/b#", Qos.AT_MOST_ONCE, Reading.class, m -> {}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole level");
        assertThatThrownBy(() -> client.publisher("", PublishOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void closeIsIdempotentAndStopsEveryThreadOfTheClient() throws Exception {
        String clientId = "asyncgen-close-" + UUID.randomUUID().toString().substring(0, 8);
        MqttClient client = client(builder().clientId(clientId).cleanSession(true));
        client.subscribe(topic("close"), Qos.AT_LEAST_ONCE, Reading.class, m -> {}).ready().get(10, TimeUnit.SECONDS);
        assertThat(threadsNamed(clientId)).isNotEmpty();

        client.close();
        client.close();

        assertThat(threadsNamed(clientId)).isEmpty();
        // RxJava's JVM-wide scheduler threads stop with the last open client.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!threadsNamed("Rx").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(threadsNamed("Rx")).isEmpty();
        assertThat(client.state()).isInstanceOf(dev.asyncgen.runtime.ClientState.Closed.class);
        assertThat(client.publisher(topic("closed"), PublishOptions.defaults()).send(new Reading("x", 1)))
                .failsWithin(Duration.ofSeconds(1));
    }

    @Test
    void aClientThatCannotBeBuiltLeavesNoThreadBehind() {
        String clientId = "asyncgen-unbuilt-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> builder().uri(URI.create("ssl://127.0.0.1:1"))
                .clientId(clientId)
                .trustStore(java.nio.file.Path.of("no-such-trust-store.p12"), "secret-1".toCharArray())
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the TLS trust store no-such-trust-store.p12")
                .hasMessageNotContaining("secret-1");
        assertThat(threadsNamed(clientId)).isEmpty();
    }

    protected static List<String> threadsNamed(String part) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.contains(part))
                .toList();
    }

    protected List<Problem> problems(Problem.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<Problem> found = errors.stream()
                    .filter(error -> error instanceof Problem problem && problem.kind() == kind)
                    .map(Problem.class::cast)
                    .toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + kind + " problem reported; reported: " + errors);
    }
}
