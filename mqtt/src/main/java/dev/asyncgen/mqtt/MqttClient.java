package dev.asyncgen.mqtt;

import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import dev.asyncgen.runtime.AckMode;
import dev.asyncgen.runtime.Backoff;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Codec;
import dev.asyncgen.runtime.DeadLetterHandler;
import dev.asyncgen.runtime.DeliveryDispatcher;
import dev.asyncgen.runtime.EncodingPublisher;
import dev.asyncgen.runtime.Failure;
import dev.asyncgen.runtime.MessageHandler;
import dev.asyncgen.runtime.Outbound;
import dev.asyncgen.runtime.Problem;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.Published;
import dev.asyncgen.runtime.ReceivedMessage;
import dev.asyncgen.runtime.Route;
import dev.asyncgen.runtime.Subscription;
import dev.asyncgen.runtime.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An MQTT 3.1.1 or 5 client: typed publishers per topic, subscriptions per topic filter, reconnection with
 * {@link Backoff}, session resumption and subscriptions restored after a reconnect. Built by {@link #builder()};
 * it starts connecting at once. Thread-safe.
 *
 * <p>Received QoS 1 and 2 messages are acknowledged (PUBACK/PUBREC) only after their handler returns, so a message
 * whose handler did not finish is redelivered after a reconnect (with a persistent session). A message that does
 * not decode or whose handler throws is reported to {@code onError} with its bytes and topic, given to the
 * dead-letter handler, and skipped.
 */
public final class MqttClient implements AutoCloseable {
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final MqttSettings settings;
    private final ClientThreads threads;
    private final Wire wire;
    private final AtomicReference<ClientState> state = new AtomicReference<>(new ClientState.Idle());
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final Set<MqttSubscription> subscriptions = new CopyOnWriteArraySet<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final OpenGate gate = new OpenGate();

    MqttClient(MqttSettings settings) {
        this.settings = settings;
        RxSchedulers.acquire();
        this.threads = new ClientThreads(settings.threadName());
        try {
            MqttClientBuilder builder = settings.hiveBuilder(threads)
                    .addConnectedListener(context -> opened())
                    .addDisconnectedListener(this::disconnected);
            settings.configure().accept(builder);
            this.wire = settings.wire(builder);
        } catch (RuntimeException refused) {
            // A TLS store that cannot be read, a configure(...) that throws: nothing may be left running.
            threads.shutdown(CLOSE_WAIT_MILLIS, true);
            RxSchedulers.release();
            throw refused;
        }
        wire.deliveries(this::deliver, threads.deliveries());
        emit(new ClientState.Connecting(1));
        wire.connect(); // the listeners report how it goes
    }

    /** A builder; {@code uri} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The protocol version this client speaks. */
    public MqttVersion protocolVersion() {
        return settings.version();
    }

    /** Where the connection stands now. */
    public ClientState state() {
        return state.get();
    }

    /**
     * Completes when the first connection is open; fails when the client is closed or refused for good before.
     * Publishing and subscribing do not need to wait for it: what is asked before is sent once connected.
     */
    public CompletableFuture<Void> ready() {
        return ready.copy();
    }

    /**
     * The transport for one topic: sends encoded messages with {@code options}; headers travel as MQTT 5 user
     * properties.
     *
     * @throws IllegalArgumentException when the topic is not a valid MQTT topic name, or the options use MQTT 5
     *     properties on an MQTT 3.1.1 client
     */
    public Transport transport(String topic, PublishOptions options) {
        Topics.checkTopicName(topic);
        Objects.requireNonNull(options, "options");
        if (settings.version() == MqttVersion.V3_1_1 && options.usesMqtt5Properties()) {
            throw new IllegalArgumentException("the publish options for " + Topics.quote(topic) + " use MQTT 5 "
                    + "properties (message expiry, content type, response topic, correlation data), which MQTT 3.1.1 "
                    + "cannot carry: build the client with protocolVersion(MqttVersion.V5)");
        }
        return outbound -> publish(topic, outbound, options);
    }

    /**
     * A typed publisher for one topic.
     *
     * @param headersType the spec's headers type for it, or null when it has none
     */
    public <P> Publisher<P> publisher(String topic, PublishOptions options, Class<?> headersType) {
        return new EncodingPublisher<>(topic, settings.codec(), transport(topic, options), headersType, null);
    }

    /** A typed publisher for one topic, without headers. */
    public <P> Publisher<P> publisher(String topic, PublishOptions options) {
        return publisher(topic, options, null);
    }

    /**
     * Subscribes {@code handler} to a topic filter; each received message is routed by its concrete topic to a
     * channel and the spec's types.
     *
     * @param routes the route of a concrete topic, empty for a topic the subscription does not expect (reported
     *     as {@link Problem.Kind#UNROUTED} and skipped); asked again only for another topic than the last
     * @throws IllegalArgumentException when the filter is not a valid MQTT topic filter
     * @throws IllegalStateException when the client is closed
     */
    public <C, P> Subscription subscribe(
            String topicFilter,
            Qos qos,
            AckMode ackMode,
            Function<String, Optional<Route<C, P>>> routes,
            MessageHandler<? super ReceivedMessage<C, P>> handler) {
        Topics.checkTopicFilter(topicFilter);
        Objects.requireNonNull(qos, "qos");
        DeliveryDispatcher<C, P> dispatcher = new DeliveryDispatcher<>(
                settings.codec(), routes, handler, ackMode, this::report, settings.deadLetters());
        if (closed.get()) {
            throw new IllegalStateException("the MQTT client is closed");
        }
        MqttSubscription[] created = new MqttSubscription[1];
        MqttSubscription subscription = new MqttSubscription(topicFilter, dispatcher, () -> {
            subscriptions.remove(created[0]);
            if (!closed.get()) {
                wire.unsubscribe(topicFilter);
            }
        });
        created[0] = subscription;
        subscriptions.add(subscription);
        gate.whenOpen(() -> subscribed(subscription, wire.subscribe(topicFilter, qos)),
                failed -> subscribed(subscription, CompletableFuture.failedFuture(failed)));
        return subscription;
    }

    private void subscribed(MqttSubscription subscription, CompletableFuture<Void> subAck) {
        String topicFilter = subscription.address();
        subAck.whenComplete((granted, failed) -> {
                    if (failed == null) {
                        subscription.granted();
                        return;
                    }
                    Throwable cause = failed instanceof CompletionException && failed.getCause() != null
                            ? failed.getCause()
                            : failed;
                    if (subscription.deactivate(cause)) {
                        subscriptions.remove(subscription);
                        report(new Problem(Problem.Kind.SERVER, topicFilter, null,
                                "subscribing to " + Topics.quote(topicFilter) + " failed: " + cause.getMessage(), null,
                                cause));
                    }
                });
    }

    /** Subscribes with {@link AckMode#AUTO}, every message decoded as {@code payloadType}, its channel its topic. */
    public <P> Subscription subscribe(
            String topicFilter, Qos qos, Class<P> payloadType, MessageHandler<? super ReceivedMessage<String, P>> handler) {
        Objects.requireNonNull(payloadType, "payloadType");
        return subscribe(topicFilter, qos, AckMode.AUTO,
                topic -> Optional.of(new Route<>(topic, payloadType, null, null)), handler);
    }

    /**
     * Disconnects (a persistent session stays with the broker), ends every subscription and stops every thread
     * this client started. Idempotent; waits up to a few seconds for a running handler.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        IllegalStateException closing = new IllegalStateException("the MQTT client was closed");
        gate.shut(closing);
        for (MqttSubscription subscription : subscriptions) {
            subscription.deactivate(closing);
        }
        subscriptions.clear();
        try {
            wire.disconnect().get(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (Exception notConnected) {
            // Not connected (or the broker is gone): nothing to say goodbye to.
        }
        // HiveMQ keeps a persistent session's client-side state, and its I/O thread, until the session would
        // expire; there is no public way to drop it, so that one thread is not waited for.
        threads.shutdown(CLOSE_WAIT_MILLIS, settings.cleanSession());
        RxSchedulers.release();
        // Closed first, as on a terminal failure: whoever waits on ready() then sees the state that failed it.
        emit(new ClientState.Closed(Optional.empty()));
        ready.completeExceptionally(closing);
    }

    @Override
    public String toString() {
        return "MqttClient[" + settings + ", " + state.get() + "]";
    }

    private CompletableFuture<Published> publish(String topic, Outbound outbound, PublishOptions options) {
        if (closed.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("the MQTT client is closed"));
        }
        if (!outbound.address().equals(topic)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "this transport sends to " + Topics.quote(topic) + ", not " + Topics.quote(outbound.address())));
        }
        if (outbound.key() != null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "MQTT messages have no key: the message for " + Topics.quote(topic) + " cannot carry one"));
        }
        if (!outbound.headers().isEmpty() && settings.version() == MqttVersion.V3_1_1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "MQTT 3.1.1 has no user properties: the headers of the message for " + Topics.quote(topic)
                            + " cannot travel; build the client with protocolVersion(MqttVersion.V5)"));
        }
        CompletableFuture<Published> sent = new CompletableFuture<>();
        gate.whenOpen(() -> publishNow(topic, outbound, options, sent), sent::completeExceptionally);
        return sent;
    }

    private void publishNow(String topic, Outbound outbound, PublishOptions options, CompletableFuture<Published> sent) {
        wire.publish(topic, outbound.payload(), outbound.headers(), options).whenComplete((published, failed) -> {
            if (failed == null) {
                sent.complete(published);
                return;
            }
            Throwable cause = failed instanceof CompletionException && failed.getCause() != null
                    ? failed.getCause()
                    : failed;
            report(new Problem(Problem.Kind.PUBLISH, topic, null,
                    "publishing to " + Topics.quote(topic) + " failed: " + cause.getMessage(), null, cause));
            sent.completeExceptionally(cause);
        });
    }

    /** On the delivery thread: to every subscription whose filter matches, acknowledged once all have settled. */
    private void deliver(Wire.Incoming incoming) {
        if (closed.get()) {
            incoming.acknowledge().run(); // arrived while closing: nobody is left to handle or report it to
            return;
        }
        List<MqttSubscription> matching = new ArrayList<>();
        for (MqttSubscription subscription : subscriptions) {
            if (subscription.matches(incoming.topic())) {
                matching.add(subscription);
            }
        }
        Acknowledgement acknowledgement = new Acknowledgement(incoming.acknowledge(), matching.size());
        if (matching.isEmpty()) {
            // A resumed session's message for a filter not subscribed (again).
            report(new Problem(Problem.Kind.UNROUTED, incoming.topic(), "topic " + Topics.quote(incoming.topic()),
                    "no subscription of this client matches the topic; the message is skipped",
                    incoming.payload(), null));
            acknowledgement.acknowledgeNow();
            return;
        }
        for (MqttSubscription subscription : matching) {
            subscription.deliver(incoming, acknowledgement.share());
        }
    }

    private void opened() {
        emit(new ClientState.Open());
        gate.open();
        ready.complete(null);
    }

    private void disconnected(MqttClientDisconnectedContext context) {
        if (closed.get() || context.getSource() == MqttDisconnectSource.USER) {
            context.getReconnector().reconnect(false);
            return;
        }
        Failure failure = ConnectionFailures.of(context.getCause(), settings.server());
        report(failure);
        if (failure.terminal()) {
            context.getReconnector().reconnect(false);
            IllegalStateException refused = new IllegalStateException(failure.message(), failure.cause());
            gate.shut(refused);
            emit(new ClientState.Closed(Optional.of(failure)));
            ready.completeExceptionally(refused);
            return;
        }
        int attempt = context.getReconnector().getAttempts() + 1;
        Duration delay = settings.backoff().delay(attempt);
        context.getReconnector()
                .reconnect(true)
                .delay(delay.toNanos(), TimeUnit.NANOSECONDS)
                // A broker that lost the session (restarted without persistence, session expired) gets the
                // subscriptions again, and unacknowledged QoS 1/2 messages are sent again.
                .resubscribeIfSessionExpired(true)
                .republishIfSessionExpired(true);
        emit(new ClientState.Recovering(attempt, delay, failure));
    }

    private void emit(ClientState next) {
        ClientState previous = state.getAndSet(next);
        if (previous instanceof ClientState.Closed) {
            state.set(previous); // closed stays closed
            return;
        }
        try {
            settings.onState().accept(next);
        } catch (RuntimeException ignored) {
            // A listener that throws must not break the connection's bookkeeping.
        }
    }

    private void report(ClientError error) {
        try {
            settings.onError().accept(error);
        } catch (RuntimeException ignored) {
            // Nowhere left to report it.
        }
    }

    /** Collects a client's settings; {@link #uri} is required. Not thread-safe. */
    public static final class Builder {
        private final MqttSettings.Draft draft = new MqttSettings.Draft();

        private Builder() {}

        /** The broker: {@code tcp://} or {@code mqtt://} (port 1883 by default), {@code ssl://} or {@code mqtts://} (8883, TLS). */
        public Builder uri(java.net.URI uri) {
            draft.uri(uri);
            return this;
        }

        /** The client identifier; with one, the session is persistent unless {@link #cleanSession} says otherwise. */
        public Builder clientId(String clientId) {
            draft.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /**
         * Whether the broker discards the session on connect (MQTT 5: clean start, session ending with the
         * connection). Default: true without a clientId, false with one (the session, its subscriptions and its
         * QoS 1/2 messages survive a disconnect).
         */
        public Builder cleanSession(boolean cleanSession) {
            draft.cleanSession = cleanSession;
            return this;
        }

        /** How long a persistent MQTT 5 session outlives its connection; default one day. */
        public Builder sessionExpiry(Duration sessionExpiry) {
            draft.sessionExpiry(sessionExpiry);
            return this;
        }

        /** The keep-alive interval (whole seconds, 0 for none); default 60 s. */
        public Builder keepAlive(Duration keepAlive) {
            draft.keepAlive(keepAlive);
            return this;
        }

        /** The message the broker publishes when the connection ends without a DISCONNECT. */
        public Builder lastWill(LastWill lastWill) {
            draft.lastWill = Objects.requireNonNull(lastWill, "lastWill");
            return this;
        }

        /** MQTT 5 (the default) or 3.1.1; headers and the MQTT 5 publish properties need 5. */
        public Builder protocolVersion(MqttVersion version) {
            draft.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /** How payloads and headers are encoded; default {@code JacksonCodec.standard()}. */
        public Builder codec(Codec codec) {
            draft.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Told about connection failures and problems with single messages; default: a WARNING on the
         * {@code dev.asyncgen.mqtt} System.Logger.
         */
        public Builder onError(Consumer<? super ClientError> onError) {
            draft.onError = Objects.requireNonNull(onError, "onError");
            return this;
        }

        /** Told each state the connection goes through, on a client thread; keep it short. */
        public Builder onState(Consumer<? super ClientState> onState) {
            draft.onState = Objects.requireNonNull(onState, "onState");
            return this;
        }

        /** Where messages go that could not be handled, after they were reported; default: dropped. */
        public Builder deadLetters(DeadLetterHandler deadLetters) {
            draft.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
            return this;
        }

        /** The delay before each reconnect attempt; default {@link Backoff#defaultBackoff()}. */
        public Builder backoff(Backoff backoff) {
            draft.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /** The user name sent in CONNECT. */
        public Builder username(String username) {
            draft.username = Objects.requireNonNull(username, "username");
            return this;
        }

        /** The password sent in CONNECT (copied; never printed). */
        public Builder password(char[] password) {
            draft.password = Objects.requireNonNull(password, "password").clone();
            return this;
        }

        /** Certificates to trust for TLS (PKCS12 or JKS); default: the JDK's trusted certificates. */
        public Builder trustStore(java.nio.file.Path file, char[] password) {
            draft.trustStore = new MqttSettings.Store(file, password);
            return this;
        }

        /** This client's certificate and key for TLS client authentication (X.509; PKCS12 or JKS). */
        public Builder keyStore(java.nio.file.Path file, char[] password) {
            draft.keyStore = new MqttSettings.Store(file, password);
            return this;
        }

        /**
         * Escape hatch: adjusts HiveMQ's client builder after asyncgen configured it (transport, WebSocket,
         * proxy, ...). Listeners added here run beside asyncgen's.
         */
        public Builder configure(Consumer<? super com.hivemq.client.mqtt.MqttClientBuilder> configure) {
            draft.configure = Objects.requireNonNull(configure, "configure");
            return this;
        }

        /**
         * Builds the client, which starts connecting at once (a broker that is down is retried with the backoff).
         *
         * @throws IllegalArgumentException when the settings cannot work together, or a key or trust store cannot
         *     be read
         */
        public MqttClient build() {
            return new MqttClient(draft.settings());
        }

        /** Never shows the password or store passwords. */
        @Override
        public String toString() {
            return "MqttClient.Builder[" + draft + "]";
        }
    }
}
