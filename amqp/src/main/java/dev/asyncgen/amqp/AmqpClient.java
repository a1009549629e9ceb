package dev.asyncgen.amqp;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BlockedListener;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultSaslConfig;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import dev.asyncgen.runtime.AckMode;
import dev.asyncgen.runtime.Backoff;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Codec;
import dev.asyncgen.runtime.DeadLetterHandler;
import dev.asyncgen.runtime.DeliveryDispatcher;
import dev.asyncgen.runtime.EncodingPublisher;
import dev.asyncgen.runtime.Failure;
import dev.asyncgen.runtime.JacksonCodec;
import dev.asyncgen.runtime.MessageHandler;
import dev.asyncgen.runtime.Problem;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.ReceivedMessage;
import dev.asyncgen.runtime.Route;
import dev.asyncgen.runtime.Subscription;
import dev.asyncgen.runtime.Transport;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * An AMQP 0-9-1 client (RabbitMQ, Qpid Broker-J) over one connection: publishers with publisher confirms,
 * subscriptions with manual acknowledgement after the handler returns, optional declaration of the spec's
 * topology, and automatic recovery (connection, channels, topology and consumers) with a {@link Backoff}, also
 * when the broker is down at start.
 *
 * <p>Guarantees: a send's future completes when the broker confirms it and fails on a nack, a return (mandatory)
 * or a connection lost first, saying whether the message may have arrived; sending again then is at-least-once.
 * A received message is acknowledged after its handler returns (at-least-once: a message in flight when the
 * connection drops comes back marked redelivered); one that does not decode or whose handler throws is reported
 * with its bytes, given to the {@link DeadLetterHandler}, and rejected without requeue (a queue's dead-letter
 * exchange may catch it). Two clients share nothing: each has its connection and threads, all ended by {@link
 * #close()}.
 */
public final class AmqpClient implements AutoCloseable {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final int id = CLIENTS.incrementAndGet();
    private final String endpoint;
    private final ConnectionFactory factory;
    private final Codec codec;
    private final Consumer<? super ClientError> errors;
    private final Consumer<? super ClientState> states;
    private final DeadLetterHandler deadLetters;
    private final int prefetch;
    private final Backoff backoff;
    private final Topology topology;
    private final ScheduledExecutorService connector;
    private final PublishingChannel publishing;
    private final List<AmqpSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> connected = new CompletableFuture<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Object stateLock = new Object();
    private volatile ClientState state = new ClientState.Idle();
    private volatile Connection connection;
    private volatile Failure lastFailure;

    private AmqpClient(Builder builder) {
        this.endpoint = builder.endpoint();
        this.codec = builder.codec;
        this.errors = builder.errors;
        this.states = builder.states;
        this.deadLetters = builder.deadLetters;
        this.prefetch = builder.prefetch;
        this.backoff = builder.backoff;
        this.topology = new Topology(builder.declareTopology);
        ThreadFactory threads = namedThreads("asyncgen-amqp-" + id + "-");
        this.factory = builder.factory(threads, this::recoveryDelay, new ReportingExceptionHandler(this::report, endpoint));
        this.connector = Executors.newSingleThreadScheduledExecutor(namedThreads("asyncgen-amqp-" + id + "-connect-"));
        this.publishing = new PublishingChannel(() -> connection, "asyncgen-" + id + "-", topology);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts connecting in the background; returns at once. */
    private AmqpClient start() {
        connector.execute(() -> connect(1));
        return this;
    }

    /** Completes when the client is first connected; fails when it is closed first or the failure is terminal. */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** Numbers this client's threads: {@code asyncgen-amqp-<id>-...}. */
    int id() {
        return id;
    }

    public ClientState state() {
        return state;
    }

    /** The codec the client encodes and decodes with. */
    public Codec codec() {
        return codec;
    }

    /**
     * A transport sending to {@code exchange} with {@code routingKey}. The exchange is declared first under
     * {@code declareTopology(true)}.
     *
     * @throws IllegalArgumentException when the routing key is longer than the broker accepts
     */
    public Transport transport(AmqpExchange exchange, String routingKey, PublishOptions options) {
        Objects.requireNonNull(exchange, "exchange");
        AmqpNames.requireShortString("routing key", routingKey);
        Objects.requireNonNull(options, "options");
        checkOpen();
        try {
            publishing.use(exchange);
        } catch (IOException | RuntimeException refused) {
            report(new Problem(Problem.Kind.SERVER, routingKey, "exchange " + exchange.name(),
                    "cannot declare exchange '" + exchange.name() + "': " + Failures.replyText(refused), null, refused));
        }
        return outbound -> {
            if (outbound.key() != null) {
                return CompletableFuture.failedFuture(
                        new IllegalArgumentException("AMQP messages have no key; route with the routing key"));
            }
            return publishing.publish(exchange.name(), routingKey, options.mandatory(),
                    properties(options, outbound.headers()), outbound.payload());
        };
    }

    /**
     * A typed publisher to {@code exchange} with {@code routingKey}; payloads and headers go through the codec.
     *
     * @param headersType the spec's headers type, or null when it documents none
     */
    public <P> Publisher<P> publisher(
            AmqpExchange exchange, String routingKey, PublishOptions options, Class<?> headersType) {
        return new EncodingPublisher<>(routingKey, codec, transport(exchange, routingKey, options), headersType, null);
    }

    /**
     * Subscribes {@code handler} to {@code source}. Each message's routing key is turned into a {@link Route} (the
     * generated channel with its parameters); a routing key {@code routes} does not know is reported as {@link
     * Problem.Kind#UNROUTED} and rejected. {@code routes} is asked again only for another routing key than the last.
     */
    public <C, P> Subscription subscribe(
            AmqpSource source,
            Function<String, Optional<Route<C, P>>> routes,
            MessageHandler<? super ReceivedMessage<C, P>> handler,
            SubscribeOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(routes, "routes");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(options, "options");
        checkOpen();
        AckMode ackMode = options.brokerAcks() ? options.ackMode() : AckMode.AUTO;
        DeliveryDispatcher<C, P> dispatcher =
                new DeliveryDispatcher<>(codec, routes, handler, ackMode, this::report, deadLetters);
        AmqpSubscription[] self = new AmqpSubscription[1];
        AmqpSubscription subscription = new AmqpSubscription(source, options, topology, dispatcher, this::report,
                () -> subscriptions.remove(self[0]));
        self[0] = subscription;
        subscriptions.add(subscription);
        connector.execute(() -> {
            Connection open = connection;
            if (open != null && open.isOpen()) {
                subscription.start(open, prefetch);
            }
        });
        return subscription;
    }

    /** Subscribes to {@code source} with payloads of {@code payloadType}; the channel is the routing key. */
    public <P> Subscription subscribe(
            AmqpSource source, Class<P> payloadType, MessageHandler<? super ReceivedMessage<String, P>> handler) {
        Objects.requireNonNull(payloadType, "payloadType");
        return subscribe(source, routingKey -> Optional.of(new Route<>(routingKey, payloadType, null, null)), handler,
                SubscribeOptions.defaults());
    }

    private void connect(int attempt) {
        if (closed.get()) {
            return;
        }
        setState(new ClientState.Connecting(attempt));
        Connection opened;
        try {
            opened = factory.newConnection("asyncgen-amqp-" + id);
        } catch (IOException | java.util.concurrent.TimeoutException | RuntimeException notConnected) {
            Failure failure = Failures.classify(endpoint, notConnected);
            report(failure);
            if (failure.terminal()) {
                end(failure);
                return;
            }
            Duration delay = backoff.delay(attempt);
            setState(new ClientState.Recovering(attempt + 1, delay, failure));
            connector.schedule(() -> connect(attempt + 1), delay.toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        if (closed.get()) {
            opened.abort();
            return;
        }
        connection = opened;
        watch(opened);
        try {
            publishing.openNow();
        } catch (IOException | RuntimeException refused) {
            report(new Problem(Problem.Kind.SERVER, null, endpoint,
                    "cannot open the publishing channel: " + Failures.replyText(refused), null, refused));
        }
        for (AmqpSubscription subscription : subscriptions) {
            subscription.start(opened, prefetch);
        }
        setState(new ClientState.Open());
        connected.complete(null);
    }

    private void watch(Connection opened) {
        opened.addBlockedListener(new BlockedListener() {
            @Override
            public void handleBlocked(String reason) {
                setState(new ClientState.Blocked(reason));
            }

            @Override
            public void handleUnblocked() {
                setState(new ClientState.Open());
            }
        });
        opened.addShutdownListener(signal -> {
            if (!signal.isInitiatedByApplication() && !closed.get()) {
                Failure failure = Failures.fromSignal(endpoint, signal);
                lastFailure = failure;
                report(failure);
            }
        });
        if (opened instanceof Recoverable recoverable) {
            recoverable.addRecoveryListener(new RecoveryListener() {
                @Override
                public void handleRecovery(Recoverable recovered) {
                    if (!closed.get()) {
                        setState(new ClientState.Open());
                    }
                }

                @Override
                public void handleRecoveryStarted(Recoverable recovering) {
                    // The state was set when the delay was chosen (recoveryDelay).
                }
            });
        }
    }

    /** The library asks before each recovery attempt; {@code previousAttempts} is 0 before the first. */
    private long recoveryDelay(int previousAttempts) {
        int attempt = previousAttempts + 1;
        Duration delay = backoff.delay(attempt);
        Failure failure = lastFailure != null ? lastFailure
                : new Failure(Failure.Kind.TRANSPORT, endpoint + ": connection lost", false, null);
        if (!closed.get()) {
            setState(new ClientState.Recovering(attempt, delay, failure));
        }
        return delay.toMillis();
    }

    private AMQP.BasicProperties properties(PublishOptions options, Map<String, String> headers) {
        Map<String, Object> table = HeaderText.toTable(headers);
        if (!options.cc().isEmpty()) {
            table.put("CC", List.copyOf(options.cc()));
        }
        if (!options.bcc().isEmpty()) {
            table.put("BCC", List.copyOf(options.bcc()));
        }
        return new AMQP.BasicProperties.Builder()
                .contentType(options.contentType())
                .contentEncoding(options.contentEncoding())
                .type(options.messageType())
                .deliveryMode(options.persistent() ? 2 : 1)
                .priority(options.priority())
                .expiration(options.expiration() == null ? null : Long.toString(options.expiration().toMillis()))
                .replyTo(options.replyTo())
                .userId(options.userId())
                .timestamp(options.timestamp() ? new Date() : null)
                .headers(table.isEmpty() ? null : table)
                .build();
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the AMQP client is closed");
        }
    }

    void report(ClientError error) {
        try {
            errors.accept(error);
        } catch (RuntimeException ignored) {
            // A listener that throws must not stop the client; there is nowhere left to report it.
        }
    }

    private void setState(ClientState next) {
        synchronized (stateLock) {
            if (state instanceof ClientState.Closed) {
                return;
            }
            state = next;
            try {
                states.accept(next);
            } catch (RuntimeException ignored) {
                // As for report: a throwing listener must not stop the client.
            }
        }
    }

    private void end(Failure failure) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        shutDown(failure);
    }

    /**
     * Closes the connection, fails unconfirmed sends and subscriptions not yet ready, and ends every thread of this
     * client. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        shutDown(null);
    }

    private void shutDown(Failure failure) {
        connector.shutdownNow();
        try {
            connector.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        for (AmqpSubscription subscription : subscriptions) {
            subscription.abandon("the client closed");
        }
        subscriptions.clear();
        publishing.close();
        Connection open = connection;
        if (open != null) {
            try {
                open.close(5_000);
            } catch (IOException | RuntimeException alreadyClosed) {
                open.abort(5_000);
            }
        }
        // Closed first: whoever waits on connected() then sees the state that failed it.
        setState(new ClientState.Closed(Optional.ofNullable(failure)));
        connected.completeExceptionally(failure != null
                ? new IllegalStateException(failure.message(), failure.cause())
                : new IllegalStateException("the AMQP client closed before it connected"));
    }

    @Override
    public String toString() {
        return "AmqpClient[" + endpoint + ", " + state.getClass().getSimpleName() + "]";
    }

    private static ThreadFactory namedThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Builds an {@link AmqpClient}. Secrets set here appear in no {@code toString}, log or error. */
    public static final class Builder {
        private String host = "localhost";
        private int port = -1;
        private boolean tlsFromScheme;
        private String uriVirtualHost;
        private String virtualHost;
        private String username = "guest";
        private String password = "guest";
        private SSLContext sslContext;
        private boolean x509;
        private Codec codec = JacksonCodec.standard();
        private Consumer<? super ClientError> errors = error -> {};
        private Consumer<? super ClientState> states = state -> {};
        private DeadLetterHandler deadLetters = DeadLetterHandler.drop();
        private int prefetch = 50;
        private boolean declareTopology;
        private Backoff backoff = Backoff.defaultBackoff();
        private Duration connectionTimeout = Duration.ofSeconds(10);

        private Builder() {}

        /**
         * {@code amqp://user:pass@host:port/vhost} or {@code amqps://...}: host, port, credentials and virtual host
         * (percent-encoded, {@code %2f} for {@code /}). A virtual host given here wins over {@link #virtualHost}.
         */
        public Builder uri(URI uri) {
            Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("amqp") && !scheme.equals("amqps")) {
                throw new IllegalArgumentException("an AMQP URI starts with amqp:// or amqps://, not " + scheme + "://");
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("the AMQP URI names no host");
            }
            host = uri.getHost();
            port = uri.getPort();
            tlsFromScheme = scheme.equals("amqps");
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                username = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                if (colon >= 0) {
                    password = decode(userInfo.substring(colon + 1));
                }
            }
            String path = uri.getRawPath();
            uriVirtualHost = path == null || path.isEmpty() || path.equals("/") ? null : decode(path.substring(1));
            return this;
        }

        private static String decode(String text) {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        /** Used when the URI names none (the spec's exchange or queue {@code vhost}); default {@code /}. */
        public Builder virtualHost(String virtualHost) {
            this.virtualHost = Objects.requireNonNull(virtualHost, "virtualHost");
            return this;
        }

        public Builder username(String username) {
            this.username = Objects.requireNonNull(username, "username");
            return this;
        }

        public Builder password(String password) {
            this.password = Objects.requireNonNull(password, "password");
            return this;
        }

        /** TLS with this context (its trust store decides which brokers are trusted); host names are verified. */
        public Builder tls(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Authenticates with the client certificate of {@code sslContext}'s key managers (SASL EXTERNAL) instead of
         * a user name and password.
         */
        public Builder x509(SSLContext sslContext) {
            tls(sslContext);
            this.x509 = true;
            return this;
        }

        public Builder codec(Codec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /** Told of connection failures and of problems with single messages. Called on the client's threads. */
        public Builder onError(Consumer<? super ClientError> errors) {
            this.errors = Objects.requireNonNull(errors, "errors");
            return this;
        }

        /** Told of every state change, including {@link ClientState.Blocked} (the broker's connection.blocked). */
        public Builder onState(Consumer<? super ClientState> states) {
            this.states = Objects.requireNonNull(states, "states");
            return this;
        }

        public Builder deadLetters(DeadLetterHandler deadLetters) {
            this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
            return this;
        }

        /** Unacknowledged messages the broker sends ahead to each subscription (basic.qos); default 50. */
        public Builder prefetch(int prefetch) {
            if (prefetch < 1 || prefetch > 65535) {
                throw new IllegalArgumentException("prefetch must be within 1..65535: " + prefetch);
            }
            this.prefetch = prefetch;
            return this;
        }

        /**
         * Whether to declare the exchanges, queues and bindings the spec describes (off by default: they are then
         * assumed to exist, as an operator set them up).
         */
        public Builder declareTopology(boolean declareTopology) {
            this.declareTopology = declareTopology;
            return this;
        }

        /** Delays between connection attempts, at start and after a loss; default {@link Backoff#defaultBackoff()}. */
        public Builder backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        public Builder connectionTimeout(Duration connectionTimeout) {
            this.connectionTimeout = Objects.requireNonNull(connectionTimeout, "connectionTimeout");
            return this;
        }

        /** Builds the client and starts connecting in the background. */
        public AmqpClient build() {
            return new AmqpClient(this).start();
        }

        private boolean tls() {
            return sslContext != null || tlsFromScheme;
        }

        private int effectivePort() {
            return port > 0 ? port : tls() ? ConnectionFactory.DEFAULT_AMQP_OVER_SSL_PORT : ConnectionFactory.DEFAULT_AMQP_PORT;
        }

        private String effectiveVirtualHost() {
            return uriVirtualHost != null ? uriVirtualHost : virtualHost != null ? virtualHost : "/";
        }

        private String endpoint() {
            return (tls() ? "amqps://" : "amqp://") + host + ":" + effectivePort() + " virtual host "
                    + effectiveVirtualHost();
        }

        private ConnectionFactory factory(ThreadFactory threads, com.rabbitmq.client.RecoveryDelayHandler delays,
                com.rabbitmq.client.ExceptionHandler exceptions) {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setHost(host);
            factory.setPort(effectivePort());
            factory.setVirtualHost(effectiveVirtualHost());
            factory.setUsername(username);
            factory.setPassword(password);
            if (tls()) {
                try {
                    factory.useSslProtocol(sslContext != null ? sslContext : SSLContext.getDefault());
                } catch (java.security.NoSuchAlgorithmException noTls) {
                    throw new IllegalStateException("this JVM has no default TLS context", noTls);
                }
                factory.enableHostnameVerification();
            }
            if (x509) {
                factory.setSaslConfig(DefaultSaslConfig.EXTERNAL);
            }
            factory.setThreadFactory(threads);
            factory.setAutomaticRecoveryEnabled(true);
            factory.setTopologyRecoveryEnabled(true);
            factory.setRecoveryDelayHandler(delays);
            factory.setExceptionHandler(exceptions);
            factory.setConnectionTimeout((int) Math.min(Integer.MAX_VALUE, connectionTimeout.toMillis()));
            return factory;
        }
    }
}
