package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.runtime.AckMode;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.DeadLetter;
import dev.asyncgen.runtime.Problem;
import dev.asyncgen.runtime.Published;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.ReceivedMessage;
import dev.asyncgen.runtime.Route;
import dev.asyncgen.runtime.Subscription;
import dev.asyncgen.runtime.Outbound;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaClientTest {
    record Reading(String id, int lumens) {}

    record Meta(String traceId, int attempt) {}

    private static final TestBroker BROKER = new TestBroker();
    private final List<ClientError> errors = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final List<ClientState> states = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        BROKER.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        BROKER.close();
    }

    private KafkaClient client(String id) {
        return KafkaClient.builder()
                .bootstrapServers(BROKER.bootstrapServers())
                .clientId(id)
                .groupId(id + "-group")
                .onError(errors::add)
                .onState(states::add)
                .deadLetters(deadLetters::add)
                .declareTopology(true)
                .stateProbeInterval(Duration.ofMillis(300))
                .property("auto.offset.reset", "earliest")
                .build();
    }

    private static Route<String, Reading> route(String topic) {
        return new Route<>(topic, Reading.class, Meta.class, String.class);
    }

    private static <T> T take(BlockingQueue<T> queue) throws InterruptedException {
        T next = queue.poll(30, TimeUnit.SECONDS);
        assertThat(next).as("a message within 30 s").isNotNull();
        return next;
    }

    @Test
    void publishesAndReceivesPayloadHeadersAndKey() throws Exception {
        try (KafkaClient client = client("basic")) {
            BlockingQueue<ReceivedMessage<String, Reading>> received = new LinkedBlockingQueue<>();
            Subscription subscription = client.subscribe("basic.readings", route("basic.readings"), received::add);
            subscription.ready().get(30, TimeUnit.SECONDS);
            Publisher<Reading> publisher = client.publisher("basic.readings", TopicSpec.DEFAULTS, Meta.class, String.class);

            Published published = publisher.message(new Reading("lamp-1", 300)).headers(new Meta("t-1", 2)).key("lamp-1")
                    .send().get(30, TimeUnit.SECONDS);

            ReceivedMessage<String, Reading> message = take(received);
            assertThat(message.payload()).isEqualTo(new Reading("lamp-1", 300));
            assertThat(message.headers(Meta.class)).isEqualTo(new Meta("t-1", 2));
            assertThat(message.key(String.class)).isEqualTo("lamp-1");
            assertThat(message.channel()).isEqualTo("basic.readings");
            RecordPosition position = message.metadata(RecordPosition.class).orElseThrow();
            assertThat(published.metadata(RecordPosition.class)).contains(position.equals(published.metadata()) ? position
                    : (RecordPosition) published.metadata());
            assertThat(position.offset()).isEqualTo(((RecordPosition) published.metadata()).offset());
            assertThat(subscription.isActive()).isTrue();
            assertThat(errors).isEmpty();
        }
        assertThat(states).first().isEqualTo(new ClientState.Connecting(1));
        assertThat(states).contains(new ClientState.Open());
        assertThat(states).last().isEqualTo(new ClientState.Closed(Optional.empty()));
    }

    @Test
    void readyCompletesOnlyOnceAssignedAndSeesWhatIsPublishedRightAfter() throws Exception {
        try (KafkaClient client = KafkaClient.builder().bootstrapServers(BROKER.bootstrapServers()).groupId("latest")
                .onError(errors::add).build()) {
            client.publisher("ready.t").send(new Reading("before", 1)).get(30, TimeUnit.SECONDS);
            BlockingQueue<Reading> received = new LinkedBlockingQueue<>();
            // Kafka's default start for a new group is "latest": only what comes after ready().
            Subscription subscription = client.subscribe("ready.t", route("ready.t"), message -> received.add(message.payload()));
            assertThat(subscription.ready().isDone()).isFalse();
            subscription.ready().get(30, TimeUnit.SECONDS);
            client.publisher("ready.t").send(new Reading("after", 2)).get(30, TimeUnit.SECONDS);
            assertThat(take(received)).isEqualTo(new Reading("after", 2));
            assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void aConsumerRestartLosesNothingAndRepeatsOnlyWhatWasNotAcknowledged() throws Exception {
        String topic = "restart.t";
        try (KafkaClient client = client("restart")) {
            Publisher<Reading> publisher = client.publisher(topic, TopicSpec.DEFAULTS, Meta.class, String.class);
            for (int i = 0; i < 10; i++) {
                publisher.send(new Reading("r" + i, i)).get(30, TimeUnit.SECONDS);
            }
            // Manual acknowledgement: the first five are acknowledged, the rest only seen.
            BlockingQueue<Integer> first = new LinkedBlockingQueue<>();
            Subscription one = client.subscribe(topic, t -> Optional.of(route(t)), message -> {
                if (message.payload().lumens() < 5) {
                    message.ack();
                }
                first.add(message.payload().lumens());
            }, SubscribeOptions.DEFAULTS.withAckMode(AckMode.MANUAL));
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                seen.add(take(first));
            }
            one.close();
            assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(one.isActive()).isFalse();

            BlockingQueue<Integer> second = new LinkedBlockingQueue<>();
            Subscription two = client.subscribe(topic, route(topic), message -> second.add(message.payload().lumens()));
            List<Integer> again = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                again.add(take(second));
            }
            assertThat(again).containsExactly(5, 6, 7, 8, 9);
            two.close();

            // Automatic acknowledgement committed all of them on close: a third start sees only new ones.
            publisher.send(new Reading("new", 10)).get(30, TimeUnit.SECONDS);
            BlockingQueue<Integer> third = new LinkedBlockingQueue<>();
            client.subscribe(topic, route(topic), message -> third.add(message.payload().lumens()));
            assertThat(take(third)).isEqualTo(10);
            assertThat(third.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aPoisonMessageIsReportedWithItsBytesAndSkipped() throws Exception {
        String topic = "poison.t";
        try (KafkaClient client = client("poison")) {
            byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
            RecordPosition poisonAt = (RecordPosition) client.transport(topic, TopicSpec.DEFAULTS)
                    .publish(new Outbound(topic, poison, Map.of(), null)).get(30, TimeUnit.SECONDS).metadata();
            client.publisher(topic).send(new Reading("good", 1)).get(30, TimeUnit.SECONDS);
            BlockingQueue<Reading> received = new LinkedBlockingQueue<>();
            client.subscribe(topic, route(topic), message -> received.add(message.payload()));

            assertThat(take(received)).isEqualTo(new Reading("good", 1));
            assertThat(errors).singleElement().isInstanceOfSatisfying(Problem.class, problem -> {
                assertThat(problem.kind()).isEqualTo(Problem.Kind.DECODE);
                assertThat(problem.raw()).isEqualTo(poison);
                assertThat(problem.source()).isEqualTo("topic poison.t partition 0 offset " + poisonAt.offset());
                assertThat(problem.toString()).doesNotContain("not json");
            });
            assertThat(deadLetters).singleElement().satisfies(letter -> assertThat(letter.payload()).isEqualTo(poison));
        }
    }

    @Test
    void aThrowingHandlerIsReportedAndTheMessageSkippedForGood() throws Exception {
        String topic = "throws.t";
        try (KafkaClient client = client("throws")) {
            Publisher<Reading> publisher = client.publisher(topic);
            publisher.send(new Reading("bad", 0)).get(30, TimeUnit.SECONDS);
            publisher.send(new Reading("good", 1)).get(30, TimeUnit.SECONDS);
            BlockingQueue<String> handled = new LinkedBlockingQueue<>();
            Subscription subscription = client.subscribe(topic, route(topic), message -> {
                if (message.payload().id().equals("bad")) {
                    throw new IllegalStateException("cannot handle it");
                }
                handled.add(message.payload().id());
            });
            assertThat(take(handled)).isEqualTo("good");
            subscription.close();
            assertThat(errors).singleElement().isInstanceOfSatisfying(Problem.class, problem -> {
                assertThat(problem.kind()).isEqualTo(Problem.Kind.HANDLER);
                assertThat(problem.cause()).hasMessage("cannot handle it");
                assertThat(problem.source()).startsWith("topic throws.t partition 0 offset ");
            });
            assertThat(deadLetters).hasSize(1);

            // Skipped means committed: the same group does not see it again.
            publisher.send(new Reading("later", 2)).get(30, TimeUnit.SECONDS);
            BlockingQueue<String> again = new LinkedBlockingQueue<>();
            client.subscribe(topic, route(topic), message -> again.add(message.payload().id()));
            assertThat(take(again)).isEqualTo("later");
            assertThat(again.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void manyThreadsPublishingLoseNothing() throws Exception {
        String topic = "many.t";
        int threads = 8;
        int each = 250;
        try (KafkaClient client = client("many")) {
            Set<String> received = java.util.concurrent.ConcurrentHashMap.newKeySet();
            CompletableFuture<Void> all = new CompletableFuture<>();
            Subscription subscription = client.subscribe(topic, t -> Optional.of(route(t)), message -> {
                received.add(message.payload().id());
                if (received.size() == threads * each) {
                    all.complete(null);
                }
            }, SubscribeOptions.DEFAULTS.withTopic(TopicSpec.DEFAULTS.withPartitions(4)));
            subscription.ready().get(30, TimeUnit.SECONDS);
            Publisher<Reading> publisher = client.publisher(topic);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<CompletableFuture<Published>>>> sent = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    sent.add(pool.submit(() -> {
                        List<CompletableFuture<Published>> futures = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            futures.add(publisher.send(new Reading(thread + "-" + i, i)));
                        }
                        return futures;
                    }));
                }
                for (Future<List<CompletableFuture<Published>>> futures : sent) {
                    CompletableFuture.allOf(futures.get().toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            all.get(60, TimeUnit.SECONDS);
            assertThat(received).hasSize(threads * each);
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void aPatternSubscriptionReceivesFromEveryMatchingTopic() throws Exception {
        try (KafkaClient client = client("pattern")) {
            Publisher<Reading> a = client.publisher("lights.a.measured", TopicSpec.DEFAULTS, null, null);
            Publisher<Reading> b = client.publisher("lights.b.measured", TopicSpec.DEFAULTS, null, null);
            a.send(new Reading("a", 1)).get(30, TimeUnit.SECONDS);
            b.send(new Reading("b", 2)).get(30, TimeUnit.SECONDS);
            client.publisher("lights.c.other", TopicSpec.DEFAULTS, null, null).send(new Reading("c", 3)).get(30, TimeUnit.SECONDS);
            BlockingQueue<String> received = new LinkedBlockingQueue<>();
            Subscription subscription = client.subscribe(Pattern.compile("lights\\.[^.]+\\.measured"),
                    topic -> Optional.of(route(topic)), message -> received.add(message.address() + "=" + message.payload().id()),
                    SubscribeOptions.DEFAULTS);
            subscription.ready().get(30, TimeUnit.SECONDS);
            Set<String> both = new HashSet<>(List.of(take(received), take(received)));
            assertThat(both).containsExactlyInAnyOrder("lights.a.measured=a", "lights.b.measured=b");
            assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
            assertThat(subscription.address()).isEqualTo("lights\\.[^.]+\\.measured");
        }
    }

    @Test
    void declaredTopicsAreCreatedWithTheirPartitionsAndConfiguration() throws Exception {
        try (KafkaClient client = client("declare");
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers()))) {
            TopicSpec spec = TopicSpec.DEFAULTS.withPartitions(3).withReplicas(1)
                    .withConfiguration(Map.of("cleanup.policy", "compact", "retention.ms", "3600000"));
            // A compacted topic takes only records with a key.
            client.publisher("declared.t", spec, null, String.class).message(new Reading("x", 1)).key("x").send()
                    .get(30, TimeUnit.SECONDS);

            TopicDescription description = admin.describeTopics(List.of("declared.t")).allTopicNames().get().get("declared.t");
            assertThat(description.partitions()).hasSize(3);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "declared.t");
            Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(config.get("retention.ms").value()).isEqualTo("3600000");

            // One broker cannot hold three replicas: reported as a configuration failure, naming the topic.
            client.publisher("unreplicable.t", TopicSpec.DEFAULTS.withReplicas(3), null, null).send(new Reading("y", 1))
                    .get(30, TimeUnit.SECONDS);
            assertThat(errors).anySatisfy(error -> assertThat(error.message()).startsWith("topic unreplicable.t could not be created"));
        }
    }

    @Test
    void withoutDeclareTopologyNoTopicIsCreatedWithTheSpec() throws Exception {
        try (KafkaClient client = KafkaClient.builder().bootstrapServers(BROKER.bootstrapServers()).onError(errors::add).build();
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers()))) {
            client.publisher("undeclared.t", TopicSpec.DEFAULTS.withPartitions(5), null, null).send(new Reading("x", 1))
                    .get(30, TimeUnit.SECONDS);
            TopicDescription description = admin.describeTopics(List.of("undeclared.t")).allTopicNames().get().get("undeclared.t");
            assertThat(description.partitions()).hasSize(1); // the broker's auto-creation, not the spec's 5
        }
    }

    @Test
    void topicNamesKafkaRefusesFailAtOnce() {
        try (KafkaClient client = client("names")) {
            assertThatThrownBy(() -> client.publisher("a/b"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Kafka refuses the topic name \"a/b\": character '/' at index 1 is not allowed (only a-z, A-Z, 0-9, '.', '_', '-')");
            assertThatThrownBy(() -> client.subscribe("..", route(".."), message -> {}))
                    .hasMessage("Kafka refuses the topic name \"..\": '.' and '..' are not allowed");
            assertThatThrownBy(() -> client.publisher("x".repeat(250)))
                    .hasMessageEndingWith("it has 250 characters, at most 249 are allowed");
        }
    }

    @Test
    void subscribingWithoutAGroupSaysSo() {
        try (KafkaClient client = KafkaClient.builder().bootstrapServers(BROKER.bootstrapServers()).build()) {
            assertThatThrownBy(() -> client.subscribe("t", route("t"), message -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("subscribing to t needs a consumer group: set groupId(...) on the builder or in the subscribe options");
        }
    }

    @Test
    void closeIsIdempotentAndLeavesNoThreadOfTheClient() throws Exception {
        KafkaClient client = client("closing");
        Subscription subscription = client.subscribe("closing.t", route("closing.t"), message -> {});
        subscription.ready().get(30, TimeUnit.SECONDS);
        client.publisher("closing.t").send(new Reading("x", 1)).get(30, TimeUnit.SECONDS);
        assertThat(threadsNamed("closing")).isNotEmpty();

        client.close();
        client.close();

        assertThat(subscription.isActive()).isFalse();
        assertThat(threadsNamed("closing")).isEmpty();
        assertThatThrownBy(() -> client.publisher("closing.t")).isInstanceOf(IllegalStateException.class)
                .hasMessage("the Kafka client is closed");
        assertThat(client.toString()).endsWith(", closed]");
    }

    private static List<String> threadsNamed(String part) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.contains(part)).toList();
    }
}
