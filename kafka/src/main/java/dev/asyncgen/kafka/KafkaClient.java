package dev.asyncgen.kafka;

import dev.asyncgen.runtime.Backoff;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Codec;
import dev.asyncgen.runtime.DeadLetterHandler;
import dev.asyncgen.runtime.DeliveryDispatcher;
import dev.asyncgen.runtime.EncodingPublisher;
import dev.asyncgen.runtime.JacksonCodec;
import dev.asyncgen.runtime.MessageHandler;
import dev.asyncgen.runtime.Outbound;
import dev.asyncgen.runtime.Problem;
import dev.asyncgen.runtime.Published;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.ReceivedMessage;
import dev.asyncgen.runtime.Route;
import dev.asyncgen.runtime.Subscription;
import dev.asyncgen.runtime.Transport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * A Kafka client for generated facades (and for direct use): one idempotent producer ({@code acks=all}) shared by
 * every publisher, one consumer and thread per subscription, an admin client for topic declaration and the
 * connection state. Thread-safe; two clients share nothing.
 *
 * <p>Guarantees: a publish completes when every in-sync replica has the record; Kafka retries it across broker
 * restarts for up to {@code delivery.timeout.ms} (2 minutes by default) without duplicating it. A subscription
 * commits an offset only after its handler returned (at-least-once: a record may come again after a crash or a
 * rebalance, never be lost), commits when partitions are revoked and on close, and skips a record that does not
 * decode or whose handler throws after reporting it (with its bytes, topic, partition and offset) to
 * {@code onError} and the dead-letter handler: a partition never stalls.
 */
public final class KafkaClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger("dev.asyncgen.kafka");

    private final Settings settings;
    private final Consumer<ClientError> errors;
    private Admin admin;
    private Topology topology;
    private ScheduledExecutorService monitorThread;
    private ConnectionMonitor monitor;
    private final Set<KafkaSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger subscriptionCount = new AtomicInteger();
    private final Object lock = new Object();
    private KafkaProducer<byte[], byte[]> producer;
    private volatile boolean closed;

    private KafkaClient(Settings settings) {
        this.settings = settings;
        Consumer<? super ClientError> onError = settings.onError;
        this.errors = error -> {
            try {
                onError.accept(error);
            } catch (RuntimeException ignored) {
                // A listener that throws must not break the client.
            }
        };
    }

    /** Creates the admin client, the topology and the state monitor on first use (under {@code lock}). */
    private void connect() {
        ensureOpen();
        if (admin != null) {
            return;
        }
        admin = Admin.create(settings.clientProperties(AdminClientConfig.configNames(), "admin"));
        topology = new Topology(admin, errors);
        monitorThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "asyncgen-kafka-" + settings.name() + "-monitor");
            thread.setDaemon(true);
            return thread;
        });
        monitor = new ConnectionMonitor(admin, monitorThread, settings.stateProbeInterval, settings.onState, errors);
        monitor.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The connection as last seen ({@link ClientState.Idle} until the first publisher or subscription). */
    public ClientState state() {
        synchronized (lock) {
            if (monitor == null) {
                return closed ? new ClientState.Closed(Optional.empty()) : new ClientState.Idle();
            }
            return monitor.state();
        }
    }

    /**
     * A transport that sends encoded messages to {@code topic}, creating the topic first under
     * {@link Builder#declareTopology(boolean)}: the first call for a topic then waits until it exists, or until
     * creating it failed (reported to {@code onError}; the broker may still create it on first use).
     *
     * <p>A publish blocks the caller while Kafka's buffer is full or the topic's metadata is unknown (broker down
     * at start), up to {@code max.block.ms} (1 minute by default): back-pressure, nothing is dropped. Its future
     * completes once the broker has the record on every in-sync replica.
     *
     * @param topic the topic; its name is checked at once
     * @param spec how to create the topic, or null to leave it to the broker
     * @throws IllegalArgumentException when Kafka would refuse the topic name
     */
    public Transport transport(String topic, TopicSpec spec) {
        TopicNames.check(topic);
        KafkaProducer<byte[], byte[]> sender = producer();
        // Waiting here keeps sends in order and off the admin client's thread; only the first call per topic
        // waits, and never past default.api.timeout.ms (a failure is reported, and sending goes on).
        declare(topic, spec).join();
        return outbound -> send(sender, topic, outbound);
    }

    /**
     * A typed publisher to {@code topic}: payload, headers and key encoded with the client's codec (a string key
     * as UTF-8, any other as JSON; each header as UTF-8 text).
     *
     * @param headersType the documented headers type, or null when the spec has none
     * @param keyType the documented key type, or null to accept any key
     * @throws IllegalArgumentException when Kafka would refuse the topic name
     */
    public <P> Publisher<P> publisher(String topic, TopicSpec spec, Class<?> headersType, Class<?> keyType) {
        return new EncodingPublisher<>(topic, settings.codec, transport(topic, spec), headersType, keyType);
    }

    /** {@link #publisher(String, TopicSpec, Class, Class)} without topic declaration, headers type or key type. */
    public <P> Publisher<P> publisher(String topic) {
        return publisher(topic, null, null, null);
    }

    /**
     * Subscribes to one topic.
     *
     * @param routes the route of each received topic (always {@code topic} here): generated channel and types; asked
     *     again only for another topic than the last
     * @throws IllegalArgumentException when Kafka would refuse the topic name or no consumer group is set
     */
    public <C, P> Subscription subscribe(String topic, Function<String, Optional<Route<C, P>>> routes,
            MessageHandler<? super ReceivedMessage<C, P>> handler, SubscribeOptions options) {
        TopicNames.check(topic);
        return start(topic, null, routes, handler, options);
    }

    /** Subscribes to one topic with one route and the default options. */
    public <C, P> Subscription subscribe(String topic, Route<C, P> route, MessageHandler<? super ReceivedMessage<C, P>> handler) {
        Objects.requireNonNull(route, "route");
        return subscribe(topic, received -> Optional.of(route), handler, SubscribeOptions.DEFAULTS);
    }

    /**
     * Subscribes to every topic matching {@code pattern}, now and later (Kafka looks for new topics every
     * {@code metadata.max.age.ms}, 5 minutes by default). Topics are never created for a pattern.
     *
     * @param routes the route of each received topic; a topic without one is reported as unrouted and skipped
     */
    public <C, P> Subscription subscribe(Pattern pattern, Function<String, Optional<Route<C, P>>> routes,
            MessageHandler<? super ReceivedMessage<C, P>> handler, SubscribeOptions options) {
        Objects.requireNonNull(pattern, "pattern");
        return start(null, pattern, routes, handler, options);
    }

    private <C, P> Subscription start(String topic, Pattern pattern, Function<String, Optional<Route<C, P>>> routes,
            MessageHandler<? super ReceivedMessage<C, P>> handler, SubscribeOptions options) {
        Objects.requireNonNull(routes, "routes");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(options, "options");
        String groupId = options.groupId().or(() -> Optional.ofNullable(settings.groupId)).orElseThrow(() ->
                new IllegalArgumentException("subscribing to " + (topic != null ? topic : pattern.pattern())
                        + " needs a consumer group: set groupId(...) on the builder or in the subscribe options"));
        DeliveryDispatcher<C, P> dispatcher =
                new DeliveryDispatcher<>(settings.codec, routes, handler, options.ackMode(), errors, settings.deadLetters);
        synchronized (lock) {
            connect();
            CompletableFuture<Void> declared = topic != null && options.topic().isPresent()
                    ? declare(topic, options.topic().get())
                    : CompletableFuture.completedFuture(null);
            int number = subscriptionCount.incrementAndGet();
            Map<String, Object> properties = settings.clientProperties(ConsumerConfig.configNames(), "sub-" + number);
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties);
            KafkaSubscription[] self = new KafkaSubscription[1];
            self[0] = new KafkaSubscription(topic, pattern, consumer, dispatcher::dispatch, errors, declared,
                    settings.backoff, "asyncgen-kafka-" + settings.name() + "-sub-" + number,
                    () -> subscriptions.remove(self[0]));
            subscriptions.add(self[0]);
            self[0].start();
            return self[0];
        }
    }

    private CompletableFuture<Void> declare(String topic, TopicSpec spec) {
        synchronized (lock) {
            connect();
        }
        return settings.declareTopology && spec != null
                ? topology.declare(topic, spec)
                : CompletableFuture.completedFuture(null);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        synchronized (lock) {
            connect();
            if (producer == null) {
                Map<String, Object> properties = settings.clientProperties(ProducerConfig.configNames(), "producer");
                properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
                properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
                producer = new KafkaProducer<>(properties);
            }
            return producer;
        }
    }

    private CompletableFuture<Published> send(KafkaProducer<byte[], byte[]> sender, String topic, Outbound outbound) {
        ProducerRecord<byte[], byte[]> record =
                new ProducerRecord<>(topic, null, null, outbound.key(), outbound.payload(), headers(outbound));
        Sent sent = new Sent(topic, outbound.payload(), errors);
        try {
            sender.send(record, sent);
        } catch (KafkaException | IllegalStateException refused) {
            String why = closed ? "the client is closed" : refused.getMessage();
            errors.accept(new Problem(Problem.Kind.PUBLISH, topic, null, "not published: " + why, outbound.payload(), refused));
            sent.completeExceptionally(refused);
        }
        return sent;
    }

    /** The headers as Kafka's, or null when there are none (the record then makes its own empty ones). */
    private static List<Header> headers(Outbound outbound) {
        if (outbound.headers().isEmpty()) {
            return null;
        }
        Header[] headers = new Header[outbound.headers().size()];
        int i = 0;
        for (Map.Entry<String, String> header : outbound.headers().entrySet()) {
            headers[i++] = new RecordHeader(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return Arrays.asList(headers);
    }

    /** A publish's future that is also its callback: one object per send instead of a future and a lambda. */
    private static final class Sent extends CompletableFuture<Published> implements Callback {
        private final String topic;
        private final byte[] payload;
        private final Consumer<? super ClientError> errors;

        Sent(String topic, byte[] payload, Consumer<? super ClientError> errors) {
            this.topic = topic;
            this.payload = payload;
            this.errors = errors;
        }

        @Override
        public void onCompletion(RecordMetadata metadata, Exception failed) {
            if (failed != null) {
                errors.accept(new Problem(Problem.Kind.PUBLISH, topic, null, "not published: " + failed.getMessage(), payload, failed));
                completeExceptionally(failed);
            } else {
                complete(new Published(topic, new RecordPosition(
                        metadata.topic(), metadata.partition(), metadata.offset(), metadata.timestamp())));
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the Kafka client is closed");
        }
    }

    /**
     * Closes every subscription (each commits what it handled), then the producer (waiting up to 30 s for records
     * still in flight), then the admin client. Idempotent; no thread of this client is left running.
     */
    @Override
    public void close() {
        KafkaProducer<byte[], byte[]> toClose;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = producer;
        }
        if (admin == null) {
            return; // never connected
        }
        for (KafkaSubscription subscription : new ArrayList<>(subscriptions)) {
            subscription.close();
        }
        if (toClose != null) {
            toClose.close(Duration.ofSeconds(30));
        }
        monitor.stop();
        monitorThread.shutdownNow();
        try {
            monitorThread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        admin.close(Duration.ofSeconds(10));
    }

    /** Names the servers, client id, group and security mechanism; never a secret. */
    @Override
    public String toString() {
        return "KafkaClient[" + settings + (closed ? ", closed" : "") + "]";
    }

    private static final class Settings {
        String bootstrapServers;
        String groupId;
        String clientId;
        Codec codec = JacksonCodec.standard();
        Consumer<? super ClientError> onError = error -> LOG.log(System.Logger.Level.WARNING, error.toString());
        Consumer<? super ClientState> onState = state -> {};
        DeadLetterHandler deadLetters = DeadLetterHandler.drop();
        boolean declareTopology;
        Backoff backoff = Backoff.defaultBackoff();
        Duration stateProbeInterval = Duration.ofSeconds(2);
        final KafkaSecurity security = new KafkaSecurity();
        final Map<String, Object> properties = new LinkedHashMap<>();

        /** A snapshot, so that a builder used again does not change a client already built. */
        Settings copy() {
            Settings copy = new Settings();
            copy.bootstrapServers = bootstrapServers;
            copy.groupId = groupId;
            copy.clientId = clientId;
            copy.codec = codec;
            copy.onError = onError;
            copy.onState = onState;
            copy.deadLetters = deadLetters;
            copy.declareTopology = declareTopology;
            copy.backoff = backoff;
            copy.stateProbeInterval = stateProbeInterval;
            copy.security.copyFrom(security);
            copy.properties.putAll(properties);
            return copy;
        }

        String name() {
            return clientId != null ? clientId : "client";
        }

        /**
         * The properties of one Kafka client: the raw ones it knows, then security, then what this runtime fixes
         * (the guarantees do not bend to a raw property).
         */
        Map<String, Object> clientProperties(Set<String> known, String role) {
            Map<String, Object> result = new HashMap<>();
            properties.forEach((name, value) -> {
                if (known.contains(name)) {
                    result.put(name, value);
                }
            });
            security.properties().forEach((name, value) -> {
                if (known.contains(name)) {
                    result.put(name, value);
                }
            });
            result.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            if (clientId != null) {
                result.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId + "-" + role);
            }
            if (role.equals("producer")) {
                result.put(ProducerConfig.ACKS_CONFIG, "all");
                result.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            }
            return result;
        }

        @Override
        public String toString() {
            return bootstrapServers + (clientId != null ? ", client " + clientId : "")
                    + (groupId != null ? ", group " + groupId : "") + ", " + security
                    + (declareTopology ? ", declares topics" : "")
                    + (properties.isEmpty() ? "" : ", properties " + properties.keySet());
        }
    }

    /** Builds a {@link KafkaClient}. Only {@link #bootstrapServers} is required. Not thread-safe. */
    public static final class Builder {
        /** What the runtime sets itself: a raw property cannot weaken a guarantee or replace a builder setting. */
        private static final Set<String> FIXED = Set.of(
                "bootstrap.servers", "client.id", "group.id", "acks", "enable.idempotence", "enable.auto.commit",
                "key.serializer", "value.serializer", "key.deserializer", "value.deserializer",
                "security.protocol", "sasl.mechanism", "sasl.jaas.config");

        private final Settings settings = new Settings();

        private Builder() {}

        /** {@code host:port[,host:port...]}. */
        public Builder bootstrapServers(String bootstrapServers) {
            Objects.requireNonNull(bootstrapServers, "bootstrapServers");
            if (bootstrapServers.isBlank()) {
                throw new IllegalArgumentException("bootstrapServers must not be blank");
            }
            settings.bootstrapServers = bootstrapServers;
            return this;
        }

        /** The consumer group of every subscription that names none itself. */
        public Builder groupId(String groupId) {
            settings.groupId = requireText(groupId, "groupId");
            return this;
        }

        /** The client id the broker sees (with {@code -producer}, {@code -sub-N}, {@code -admin} appended). */
        public Builder clientId(String clientId) {
            settings.clientId = requireText(clientId, "clientId");
            return this;
        }

        /** How payloads, headers and non-string keys are encoded; {@link JacksonCodec#standard()} by default. */
        public Builder codec(Codec codec) {
            settings.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Told about every connection failure and every message that could not be published or handled. Called on
         * Kafka's and the subscriptions' threads; the default logs a warning to {@code dev.asyncgen.kafka}.
         */
        public Builder onError(Consumer<? super ClientError> onError) {
            settings.onError = Objects.requireNonNull(onError, "onError");
            return this;
        }

        /** Told about each change of the connection state, on the client's monitor thread. */
        public Builder onState(Consumer<? super ClientState> onState) {
            settings.onState = Objects.requireNonNull(onState, "onState");
            return this;
        }

        /** Where messages go that could not be decoded or handled, after they were reported; dropped by default. */
        public Builder deadLetters(DeadLetterHandler deadLetters) {
            settings.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
            return this;
        }

        /** Whether to create missing topics (with the partitions, replicas and configuration given); off by default. */
        public Builder declareTopology(boolean declare) {
            settings.declareTopology = declare;
            return this;
        }

        /** The pause between a subscription's failed polls (authorization, unknown topic); exponential by default. */
        public Builder backoff(Backoff backoff) {
            settings.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /** How often the connection state is checked; 2 s by default. */
        public Builder stateProbeInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("the state probe interval must be positive: " + interval);
            }
            settings.stateProbeInterval = interval;
            return this;
        }

        /** SASL PLAIN with this username and password (send it over TLS: PLAIN sends the password as it is). */
        public Builder saslPlain(String username, String password) {
            settings.security.sasl(KafkaSecurity.Mechanism.PLAIN, username, password);
            return this;
        }

        /** SASL SCRAM-SHA-256 with this username and password. */
        public Builder saslScramSha256(String username, String password) {
            settings.security.sasl(KafkaSecurity.Mechanism.SCRAM_SHA_256, username, password);
            return this;
        }

        /** SASL SCRAM-SHA-512 with this username and password. */
        public Builder saslScramSha512(String username, String password) {
            settings.security.sasl(KafkaSecurity.Mechanism.SCRAM_SHA_512, username, password);
            return this;
        }

        /** TLS, trusting the JVM's default certificate authorities (implied by a trust or key store). */
        public Builder tls() {
            settings.security.tls();
            return this;
        }

        /** TLS, trusting the certificates in this store (PKCS12, or JKS when the file ends in {@code .jks}). */
        public Builder trustStore(Path path, String password) {
            settings.security.trustStore(path, password);
            return this;
        }

        /** Mutual TLS: this client's certificate and key, in a store of this password (also the key's password). */
        public Builder keyStore(Path path, String password) {
            settings.security.keyStore(path, password);
            return this;
        }

        /**
         * The escape hatch: any Kafka producer, consumer or admin client property (for instance
         * {@code auto.offset.reset}, {@code compression.type}, {@code linger.ms}, {@code metadata.max.age.ms}); each is
         * given to the clients that know it. Not for what this builder sets (servers, ids, security) or what the
         * guarantees rest on ({@code acks}, {@code enable.idempotence}, {@code enable.auto.commit}, serializers).
         *
         * @throws IllegalArgumentException when no Kafka client knows the name, or the builder owns it
         */
        public Builder property(String name, Object value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (FIXED.contains(name)) {
                throw new IllegalArgumentException("the Kafka property " + name + " is set by the client itself"
                        + " (use the builder's own setter, or it is what the delivery guarantees rest on)");
            }
            if (!ProducerConfig.configNames().contains(name) && !ConsumerConfig.configNames().contains(name)
                    && !AdminClientConfig.configNames().contains(name)) {
                throw new IllegalArgumentException("no Kafka producer, consumer or admin client knows the property " + name);
            }
            settings.properties.put(name, value);
            return this;
        }

        /** Creates the client; nothing connects until the first publisher or subscription. */
        public KafkaClient build() {
            if (settings.bootstrapServers == null) {
                throw new IllegalStateException("bootstrapServers(...) is required");
            }
            return new KafkaClient(settings.copy());
        }

        private static String requireText(String value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be blank");
            }
            return value;
        }
    }
}
