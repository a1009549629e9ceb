package dev.asyncgen.realtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import dev.asyncgen.runtime.Codec;
import dev.asyncgen.runtime.JacksonDateTimeModule;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A realtime client over one WebSocket: typed subscriptions, heartbeats, a watchdog, reconnects with backoff and
 * resubscription. Generated {@code Realtime} facades wrap it; it is usable on its own.
 *
 * <pre>{@code
 * RealtimeClient client = RealtimeClient.builder()
 *     .uri(URI.create("wss://appwrite.example.com/v1/realtime"))
 *     .query("project", "my-project")
 *     .header("x-appwrite-session", session)
 *     .onStateChange(state -> log.info("realtime {}", state))
 *     .build();
 * Subscription s = client.subscribe("account", AccountEnvelope.class, e -> show(e.payload()));
 * ...
 * client.close();
 * }</pre>
 *
 * <p><b>Threads.</b> Each client owns two daemon threads named {@code asyncgen-realtime-N-engine} (connection
 * state, decoding, routing, timers) and {@code asyncgen-realtime-N-callbacks} (every handler, gap, state and error
 * callback, one at a time, in order). The JDK's WebSocket threads only assemble text. A slow handler therefore never
 * delays heartbeats. Nothing is shared between clients (each has its own JDK {@code HttpClient}, whose daemon
 * selector thread JDK 17 offers no way to stop: it ends when the client is garbage-collected). The connection starts
 * with the first subscription and ends with the last one.
 *
 * <p><b>Overflow.</b> At most {@link Builder#callbackQueueCapacity} events wait for handlers. When the queue is full
 * further events are dropped (the server cannot be slowed down without missing heartbeats), one
 * {@link RealtimeError.Kind#CALLBACK_QUEUE_OVERFLOW} is reported until the handlers have emptied the queue, and each affected subscription's gap callback runs
 * before its next event.
 *
 * <p><b>Failures.</b> A close, an error, a failed handshake, a failed send or the watchdog (no frame within
 * {@link Builder#watchdog}) all lead to {@link ConnectionState.Reconnecting} and a new attempt after the
 * {@link Backoff} delay; the attempt counter resets when a connection opens. After reconnecting every subscription is
 * restored and those that were live before hear of the gap. Terminal, without reconnect: Appwrite error 1008, close
 * code 1008, and a handshake answered with HTTP 401 or 403 ({@link ConnectionState.Closed#terminal()}).
 */
public final class RealtimeClient implements AutoCloseable {

    private static final AtomicInteger CLIENT_NUMBERS = new AtomicInteger();
    /** The prefix of every thread a client starts. */
    public static final String THREAD_NAME_PREFIX = "asyncgen-realtime-";

    private final Engine engine;
    private final CallbackDispatcher callbacks;
    private final AtomicLong subscriptionNumbers = new AtomicLong();
    private final Duration closeTimeout;

    private RealtimeClient(Settings settings) {
        String prefix = THREAD_NAME_PREFIX + CLIENT_NUMBERS.incrementAndGet() + "-";
        Redactor redactor = new Redactor(settings.headers());
        Consumer<? super RealtimeError> onError = settings.onError();
        this.callbacks = new CallbackDispatcher(prefix + "callbacks", settings.callbackQueueCapacity(),
                error -> onError.accept(redactor.redact(error)));
        ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread engineThread = new Thread(runnable, prefix + "engine");
            engineThread.setDaemon(true);
            return engineThread;
        });
        // Pending heartbeats and backoff timers must not keep the thread alive after close().
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setRemoveOnCancelPolicy(true);
        this.engine = new Engine(settings, thread, callbacks);
        this.closeTimeout = settings.closeTimeout();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Subscribes to a channel; the first subscription connects. Never blocks.
     *
     * @param channel the exact channel name (Appwrite: {@code account}, {@code databases.db.collections.c.documents})
     * @param type what each event's payload decodes to (Appwrite: the envelope record)
     * @param handler called on the client's callback thread, once per event for this subscription
     * @throws IllegalStateException when the client is closed
     */
    public <T> Subscription subscribe(String channel, Class<T> type, Consumer<? super T> handler) {
        return subscribe(channel, type, handler, () -> { });
    }

    /**
     * As {@link #subscribe(String, Class, Consumer)}, with {@code onGap} called (on the callback thread, before the
     * next event) whenever events for this subscription may have been lost: after a reconnect, or after events were
     * dropped because the callback queue was full. Use it to reload state you keep from events.
     */
    public <T> Subscription subscribe(String channel, Class<T> type, Consumer<? super T> handler, Runnable onGap) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(onGap, "onGap");
        SubscriptionHandle<T> subscription = new SubscriptionHandle<>("s" + subscriptionNumbers.incrementAndGet(),
                channel, type, handler, onGap, closed -> engine.post(() -> engine.remove(closed)));
        if (engine.finished() || !engine.post(() -> engine.add(subscription))) {
            subscription.deactivate();
            throw new IllegalStateException("realtime client is closed: " + engine.state());
        }
        return subscription;
    }

    /**
     * A future that completes when the connection is open: at once if it is open now, otherwise when it next opens
     * ({@link ConnectionState.Open}). The connection starts with the first subscription, so a client without one
     * never opens. Each call returns a new future; a completed one stays completed, so after a reconnect (or to wait
     * for the reconnect) call {@code whenOpen()} again; {@link Builder#onStateChange} sees every open.
     *
     * <p>It fails with {@link ClientClosedException} when the client ends first: {@link #close()}, or a terminal
     * failure ({@link ConnectionState.Closed#terminal()}). While the client keeps retrying ({@link
     * ConnectionState.Reconnecting}) it waits; bound the wait with {@link CompletableFuture#orTimeout}.
     *
     * <p>It completes on the JDK's default async pool, never on a client thread, so stages attached to it may block
     * without delaying heartbeats or handlers. By the time they run the connection may already have dropped again.
     *
     * @return a future completed at the next open, or failed with {@link ClientClosedException}
     */
    public CompletableFuture<Void> whenOpen() {
        CompletableFuture<Void> open = new CompletableFuture<>();
        engine.whenOpen(open);
        return open;
    }

    /** The latest connection state (callbacks may still be catching up with it). */
    public ConnectionState state() {
        return engine.state();
    }

    /**
     * Closes the connection and every subscription, and stops the client's threads. A callback still running gets
     * {@link Builder#closeTimeout} (default 5 s) to return; then the callback thread is interrupted and runs nothing
     * more. A handler that ignores the interrupt keeps that one thread until it returns; {@code close()} does not wait
     * for it. Called from a callback, returns at once (the thread ends after that callback). Idempotent. State becomes
     * {@code Closed(1000, "closed by client", false)} unless the client had already ended.
     */
    @Override
    public void close() {
        engine.post(() -> engine.terminate(new ConnectionState.Closed(1000, "closed by client", false)));
        if (callbacks.isDispatcherThread()) {
            return;
        }
        try {
            if (!engine.awaitTermination(closeTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                callbacks.stopNow();
                callbacks.awaitTermination(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How many events matched no subscription (their channels or ids name none); the first of each connection is
     * also reported as {@link RealtimeError.Kind#UNROUTED_EVENT}.
     */
    public long unroutedEvents() {
        return engine.unroutedEvents();
    }

    /** A test seam: the engine, to reach a connection's JDK listener. */
    Engine engine() {
        return engine;
    }

    /** Configures a {@link RealtimeClient}. Not thread-safe; {@link #build()} may be called more than once. */
    public static final class Builder {

        private URI uri;
        private final List<WireProtocol.QueryParameter> query = new ArrayList<>();
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private WireProtocol protocol = AppwriteProtocol.legacy();
        private Duration heartbeat = Duration.ofSeconds(20);
        private Duration watchdog;
        private Backoff backoff = Backoff.defaultBackoff();
        private Duration resubscribeDebounce = Duration.ofMillis(100);
        private int maxMessageChars = 16 * 1024 * 1024;
        private int callbackQueueCapacity = 10_000;
        private Consumer<? super ConnectionState> onStateChange = state -> { };
        private Consumer<? super RealtimeError> onError;
        private ObjectMapper mapper;
        private Codec codec;
        private Scheduler scheduler;
        private Duration closeTimeout = Duration.ofSeconds(5);

        private Builder() {
        }

        /** Required: the WebSocket endpoint, {@code ws://} or {@code wss://} (e.g. {@code wss://host/v1/realtime}). */
        public Builder uri(URI uri) {
            this.uri = Objects.requireNonNull(uri, "uri");
            return this;
        }

        /** A handshake query parameter, unencoded; repeatable, order kept (Appwrite: {@code project}). */
        public Builder query(String name, String value) {
            query.add(new WireProtocol.QueryParameter(name, value));
            return this;
        }

        /**
         * A handshake header; repeatable. Authentication goes here: Appwrite reads {@code x-appwrite-session},
         * {@code x-appwrite-jwt} or a {@code Cookie} with the session.
         *
         * <p>Values are never repeated in a state, an error or a log line (they are often secrets).
         *
         * @throws IllegalArgumentException see {@link HandshakeHeaders#check}: a name that is not an HTTP token or
         *     that the JDK manages itself (Host, Upgrade, Connection, Content-Length, Expect, Sec-WebSocket-*), or a
         *     value with CR, LF, another control character or a non-ASCII character
         */
        public Builder header(String name, String value) {
            HandshakeHeaders.check(name, value);
            headers.add(Map.entry(name, value));
            return this;
        }

        /** The framing; default {@link AppwriteProtocol#legacy()} (every Appwrite server version understands it). */
        public Builder protocol(WireProtocol protocol) {
            this.protocol = Objects.requireNonNull(protocol, "protocol");
            return this;
        }

        /** The heartbeat period; default 20 s (Appwrite's {@code {"type":"ping"}}, WebSocket pings for raw). */
        public Builder heartbeat(Duration heartbeat) {
            this.heartbeat = positive(heartbeat, "heartbeat");
            return this;
        }

        /**
         * How long without any frame (or with a send stuck) before the connection counts as dead and is aborted;
         * also bounds the handshake. Default: twice the heartbeat plus 5 s (45 s).
         */
        public Builder watchdog(Duration watchdog) {
            this.watchdog = positive(watchdog, "watchdog");
            return this;
        }

        /** Delays between reconnect attempts; default {@link Backoff#defaultBackoff()}. */
        public Builder backoff(Backoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * With channels in the handshake (legacy Appwrite), how long to wait for more subscription changes before
         * reconnecting with the new URL; default 100 ms.
         */
        public Builder resubscribeDebounce(Duration debounce) {
            Objects.requireNonNull(debounce, "debounce");
            if (debounce.isNegative()) {
                throw new IllegalArgumentException("negative debounce: " + debounce);
            }
            this.resubscribeDebounce = debounce;
            return this;
        }

        /** The largest text message accepted, in characters; larger ones are skipped and reported. Default 16 Mi. */
        public Builder maxMessageSize(int characters) {
            if (characters < 1) {
                throw new IllegalArgumentException("maxMessageSize must be positive: " + characters);
            }
            this.maxMessageChars = characters;
            return this;
        }

        /** How many events may wait for handlers before events are dropped (see the class doc); default 10,000. */
        public Builder callbackQueueCapacity(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("callbackQueueCapacity must be positive: " + events);
            }
            this.callbackQueueCapacity = events;
            return this;
        }

        /** Called on the callback thread with every state change, in order. */
        public Builder onStateChange(Consumer<? super ConnectionState> onStateChange) {
            this.onStateChange = Objects.requireNonNull(onStateChange, "onStateChange");
            return this;
        }

        /**
         * Called on the callback thread with problems the client survives: undecodable frames, unknown frame types,
         * payloads that do not decode, handler exceptions, server errors, overflow, lost connections. Default:
         * {@link LoggedErrors#toSystemLogger()}, one WARNING line per error on {@code System.Logger}
         * {@value LoggedErrors#LOGGER_NAME}, at most 10 a minute. {@code error -> { }} silences them.
         */
        public Builder onError(Consumer<? super RealtimeError> onError) {
            this.onError = Objects.requireNonNull(onError, "onError");
            return this;
        }

        /**
         * The Jackson 2 mapper for frames, and for payloads unless a {@link #codec codec} is given; used as given
         * (configure it to tolerate unknown properties). Default:
         * modules found on the class path plus JSR-310 ({@code OffsetDateTime}) and {@link JacksonDateTimeModule}
         * (the same date-times, read faster), unknown properties ignored, unknown
         * enum values read as the enum's {@code @JsonEnumDefaultValue}, offsets kept.
         */
        public Builder objectMapper(ObjectMapper mapper) {
            this.mapper = Objects.requireNonNull(mapper, "mapper");
            return this;
        }

        /**
         * Decodes payloads with this codec instead of the {@link #objectMapper object mapper}: for generated types
         * read by Jackson 3, {@code codec(new Jackson3Codec(jsonMapper))} (or {@code Jackson3Codec.standard()}),
         * with Jackson 3 on your class path. Frames are still read by the Jackson 2 mapper, which then only parses
         * them; a payload reaches the codec as its JSON bytes.
         */
        public Builder codec(Codec codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * How long {@link RealtimeClient#close()} waits for a running callback before it interrupts the callback
         * thread; default 5 s.
         */
        public Builder closeTimeout(Duration closeTimeout) {
            this.closeTimeout = positive(closeTimeout, "closeTimeout");
            return this;
        }

        /** A test seam: the clock and timers for heartbeat, watchdog, backoff and debounce. */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            return this;
        }

        /**
         * @throws IllegalStateException when no {@link #uri} was given
         * @throws IllegalArgumentException when the URI is not ws:// or wss://
         */
        public RealtimeClient build() {
            if (uri == null) {
                throw new IllegalStateException("uri is required");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("ws") && !scheme.equals("wss")) {
                throw new IllegalArgumentException("uri must be ws:// or wss://: " + uri);
            }
            Duration effectiveWatchdog = watchdog != null ? watchdog : heartbeat.multipliedBy(2).plusSeconds(5);
            return new RealtimeClient(new Settings(uri, List.copyOf(query), List.copyOf(headers), protocol,
                    heartbeat, effectiveWatchdog, backoff, resubscribeDebounce, maxMessageChars, callbackQueueCapacity,
                    onStateChange, onError != null ? onError : LoggedErrors.toSystemLogger(),
                    mapper != null ? mapper : defaultMapper(), codec, scheduler, closeTimeout));
        }

        /** Package-private for the test that date-times go through {@link JacksonDateTimeModule}. */
        static ObjectMapper defaultMapper() {
            return JsonMapper.builder()
                    .findAndAddModules()
                    .addModule(new JavaTimeModule())
                    .addModule(new JacksonDateTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                    .build();
        }

        private static Duration positive(Duration duration, String what) {
            Objects.requireNonNull(duration, what);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
