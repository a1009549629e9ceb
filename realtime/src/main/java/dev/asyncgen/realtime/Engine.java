package dev.asyncgen.realtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The connection state machine. Every method below runs on the one engine thread (state changes are serialised by
 * construction); socket events from a connection that is no longer current are dropped.
 */
final class Engine implements Connection.Events {

    private static final Object UNDECODABLE = new Object();

    private final Settings settings;
    private final ScheduledThreadPoolExecutor thread;
    private final Scheduler scheduler;
    private final CloseTimers closeTimers;
    private final CallbackDispatcher callbacks;
    private final HttpClient http;
    private final Redactor redactor;
    private final Map<String, SubscriptionHandle<?>> subscriptions = new LinkedHashMap<>();
    private final OpenWaiters openWaiters = new OpenWaiters();
    private Class<?> soleType; // the type every subscription decodes into; null when they differ or a codec decodes

    private volatile ConnectionState state = new ConnectionState.Closed(1000, "not connected yet", false);
    private volatile boolean finished;
    private Connection current;
    private int generation;
    private int failures;
    private boolean overflowing;
    private final java.util.concurrent.atomic.AtomicLong unroutedEvents = new java.util.concurrent.atomic.AtomicLong();
    private Scheduler.Cancellable reconnectTimer;
    private Scheduler.Cancellable debounceTimer;

    Engine(Settings settings, ScheduledThreadPoolExecutor thread, CallbackDispatcher callbacks) {
        this.settings = settings;
        this.thread = thread;
        this.callbacks = callbacks;
        this.scheduler = settings.scheduler() != null ? settings.scheduler() : new ExecutorScheduler(thread);
        this.closeTimers = new CloseTimers(scheduler, Connection.CLOSE_TIMEOUT);
        this.http = HttpClient.newBuilder().build();
        this.redactor = new Redactor(settings.headers());
    }

    ConnectionState state() {
        return state;
    }

    boolean finished() {
        return finished;
    }

    /** Runs {@code task} on the engine thread; false when the engine has stopped. */
    boolean post(Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    callbacks.error(new RealtimeError(RealtimeError.Kind.CONNECTION_LOST, "internal failure " + e, e));
                }
            });
            return true;
        } catch (RejectedExecutionException stopped) {
            return false;
        }
    }

    /** Completes {@code waiter} when a connection is open (at once if one is), fails it if the client ends first. */
    void whenOpen(CompletableFuture<Void> waiter) {
        if (!post(() -> addOpenWaiter(waiter))) {
            OpenWaiters.fail(waiter, finalState());
        }
    }

    private void addOpenWaiter(CompletableFuture<Void> waiter) {
        if (finished) {
            OpenWaiters.fail(waiter, finalState());
        } else if (current != null && current.open) {
            OpenWaiters.succeed(waiter);
        } else {
            openWaiters.add(waiter);
        }
    }

    /** The state of an ended client: always a {@code Closed}, which {@link #terminate} set before stopping. */
    private ConnectionState.Closed finalState() {
        return state instanceof ConnectionState.Closed closed
                ? closed : new ConnectionState.Closed(1000, "closed by client", false);
    }

    // --- subscriptions

    void add(SubscriptionHandle<?> subscription) {
        if (finished) {
            subscription.deactivate();
            return;
        }
        subscriptions.put(subscription.id(), subscription);
        soleType = soleType();
        reconcile();
    }

    void remove(SubscriptionHandle<?> subscription) {
        if (subscriptions.remove(subscription.id()) != null && !finished) {
            soleType = soleType();
            reconcile();
        }
    }

    /** When every subscription wants one type, the protocol may decode events straight into it. */
    private Class<?> soleType() {
        if (settings.codec() != null) {
            return null;
        }
        Class<?> sole = null;
        for (SubscriptionHandle<?> subscription : subscriptions.values()) {
            if (sole != null && sole != subscription.type()) {
                return null;
            }
            sole = subscription.type();
        }
        return sole;
    }

    /** Brings the connection in line with the subscriptions. */
    private void reconcile() {
        if (subscriptions.isEmpty()) {
            if (current != null || reconnectTimer != null) {
                disconnect(new ConnectionState.Closed(1000, "no subscriptions left", false));
            }
            return;
        }
        if (current == null) {
            if (reconnectTimer == null) {
                connect();
            }
        } else if (settings.protocol().channelsInHandshake()) {
            if (!current.channels.equals(channels())) {
                debounceSwap();
            }
        } else if (current.open) {
            syncSubscriptions(current);
        }
    }

    private void debounceSwap() {
        if (debounceTimer != null) {
            debounceTimer.cancel();
        }
        debounceTimer = timer(settings.resubscribeDebounce(), () -> {
            debounceTimer = null;
            if (!finished && current != null && !current.channels.equals(channels())) {
                // A planned change, not a failure: no backoff.
                drop(current, Connection.GOING_AWAY, "resubscribing");
                connect();
            }
        });
    }

    private void syncSubscriptions(Connection connection) {
        Map<String, String> added = new LinkedHashMap<>();
        subscriptions.values().stream()
                .filter(subscription -> !connection.subscribedIds.contains(subscription.id()))
                .forEach(subscription -> added.put(subscription.id(), subscription.channel()));
        List<String> removed = connection.subscribedIds.stream()
                .filter(id -> !subscriptions.containsKey(id))
                .sorted()
                .toList();
        connection.subscribedIds.addAll(added.keySet());
        removed.forEach(connection.subscribedIds::remove);
        settings.protocol().subscribeFrames(added, settings.mapper()).forEach(frame -> send(connection, frame));
        settings.protocol().unsubscribeFrames(removed, settings.mapper()).forEach(frame -> send(connection, frame));
    }

    private SortedSet<String> channels() {
        SortedSet<String> channels = new TreeSet<>();
        subscriptions.values().forEach(subscription -> channels.add(subscription.channel()));
        return channels;
    }

    // --- connecting

    private void connect() {
        Connection connection = new Connection(++generation, channels());
        current = connection;
        setState(new ConnectionState.Connecting(failures));
        // The JDK has no handshake timeout of its own: a server that never answers would hold the attempt forever.
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(settings.watchdog());
        try {
            settings.headers().forEach(header -> builder.header(header.getKey(), header.getValue()));
            connection.lastActivityNanos = scheduler.nanoTime();
            armWatchdog(connection);
            connection.listener = connection.listener(this, this::post, settings.maxMessageChars());
            connection.handshake = builder.buildAsync(
                    settings.protocol().handshakeUri(settings.uri(), settings.query(), connection.channels),
                    connection.listener);
        } catch (IllegalArgumentException e) {
            // A header the JDK refuses to send (Host, Upgrade, ...) or a URI it cannot use: retrying cannot help.
            terminate(new ConnectionState.Closed(0, "cannot connect: " + e.getMessage(), true));
            return;
        }
        connection.handshake.whenComplete((socket, error) -> {
            if (error != null) {
                post(() -> handshakeFailed(connection, error));
            }
        });
    }

    private void handshakeFailed(Connection connection, Throwable error) {
        if (connection != current) {
            return;
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof WebSocketHandshakeException handshake) {
            int status = handshake.getResponse().statusCode();
            if (status == 401 || status == 403) {
                terminate(new ConnectionState.Closed(status, "handshake rejected with HTTP " + status, true));
                return;
            }
            fail(connection, "handshake rejected with HTTP " + status, cause);
            return;
        }
        if (cause instanceof IllegalArgumentException) {
            // The JDK refused the request itself (a header or URI it will not send): retrying cannot help.
            terminate(new ConnectionState.Closed(0, "cannot connect: " + cause.getMessage(), true));
            return;
        }
        fail(connection, "handshake failed: " + cause, cause);
    }

    @Override
    public void opened(Connection connection, WebSocket socket) {
        if (connection != current) {
            Connection.closeGracefully(socket, Connection.GOING_AWAY, "superseded");
            closeTimers.start(socket);
            return;
        }
        connection.socket = socket;
        connection.handshake = null;
        touch(connection);
        scheduleHeartbeat(connection);
        if (settings.protocol().openOnHandshake()) {
            becomeOpen(connection);
        }
    }

    private void becomeOpen(Connection connection) {
        if (connection.open) {
            return;
        }
        connection.open = true;
        failures = 0;
        setState(new ConnectionState.Open());
        openWaiters.opened();
        for (SubscriptionHandle<?> subscription : subscriptions.values()) {
            if (settings.protocol().channelsInHandshake() && !connection.channels.contains(subscription.channel())) {
                continue; // not in this handshake: a debounced swap follows
            }
            if (subscription.servedBefore) {
                callbacks.notice(subscription::deliverGap);
            }
            subscription.servedBefore = true;
        }
        syncSubscriptions(connection);
    }

    // --- inbound

    @Override
    public void text(Connection connection, String text) {
        if (connection != current) {
            return;
        }
        touch(connection);
        WireProtocol.InboundFrame frame;
        try {
            frame = settings.protocol().read(text, settings.mapper(), soleType);
        } catch (Exception e) {
            String excerpt = text.length() <= 80 ? text : text.substring(0, 80) + "...";
            callbacks.error(new RealtimeError(RealtimeError.Kind.UNDECODABLE_FRAME,
                    "undecodable frame '" + excerpt + "': " + e.getMessage(), e));
            connection.socket.request(1);
            return;
        }
        if (frame instanceof WireProtocol.Connected) {
            becomeOpen(connection);
        } else if (frame instanceof WireProtocol.Event event) {
            route(connection, event);
        } else if (frame instanceof WireProtocol.DecodedEvent event) {
            route(connection, event);
        } else if (frame instanceof WireProtocol.ServerError error) {
            if (serverError(connection, error)) {
                return; // the connection is gone: ask for nothing more
            }
        } else if (frame instanceof WireProtocol.UnknownType unknown) {
            callbacks.error(new RealtimeError(RealtimeError.Kind.UNKNOWN_FRAME_TYPE,
                    "unknown frame type '" + unknown.type() + "'", null));
        }
        connection.socket.request(1);
    }

    /** Returns true when the error ended the connection. */
    private boolean serverError(Connection connection, WireProtocol.ServerError error) {
        String reason = "server error " + error.code() + ": " + error.message();
        if (error.terminal()) {
            terminate(new ConnectionState.Closed(error.code(), error.message(), true));
            return true;
        }
        callbacks.error(new RealtimeError(RealtimeError.Kind.SERVER_ERROR, reason, null));
        if (error.backOff()) {
            fail(connection, reason, null);
            return true;
        }
        return false;
    }

    long unroutedEvents() {
        return unroutedEvents.get();
    }

    private void route(Connection connection, WireProtocol.Event event) {
        Map<Class<?>, Object> decoded = new HashMap<>();
        route(connection, event.channels(), event.subscriptionIds(), event.broadcast(),
                type -> decoded.computeIfAbsent(type, decodedType -> decode(event.payload(), decodedType)));
    }

    /** Decoded by the protocol into the one type all subscriptions want ({@link #soleType}). */
    private void route(Connection connection, WireProtocol.DecodedEvent event) {
        route(connection, event.channels(), event.subscriptionIds(), false, type -> event.value());
    }

    /** To every matching subscription, its type's value ({@link #UNDECODABLE}: reported, not delivered). */
    private void route(Connection connection, List<String> eventChannels, List<String> subscriptionIds,
            boolean broadcast, Function<Class<?>, Object> valueFor) {
        boolean matched = false;
        for (SubscriptionHandle<?> subscription : subscriptions.values()) {
            if (!matches(subscription, eventChannels, subscriptionIds, broadcast)) {
                continue;
            }
            matched = true;
            Object value = valueFor.apply(subscription.type());
            if (value != UNDECODABLE) {
                deliver(subscription, value);
            }
        }
        if (!matched) {
            unrouted(connection, eventChannels, subscriptionIds);
        }
    }

    /** No event vanishes without a trace: each is counted, the first of a connection reported. */
    private void unrouted(Connection connection, List<String> eventChannels, List<String> subscriptionIds) {
        unroutedEvents.incrementAndGet();
        if (connection.unroutedReported) {
            return;
        }
        connection.unroutedReported = true;
        callbacks.error(new RealtimeError(RealtimeError.Kind.UNROUTED_EVENT, "event for channels " + eventChannels
                + (subscriptionIds.isEmpty() ? "" : " and subscriptions " + subscriptionIds)
                + " matches no subscription (channels " + channels() + "); further ones on this connection are only"
                + " counted", null));
    }

    private static boolean matches(SubscriptionHandle<?> subscription, List<String> channels,
            List<String> subscriptionIds, boolean broadcast) {
        if (broadcast) {
            return true;
        }
        if (!subscriptionIds.isEmpty()) {
            return subscriptionIds.contains(subscription.id());
        }
        return channels.contains(subscription.channel());
    }

    /** Each call replays the payload's tokens: no tree in between (a {@code JsonNode} subscription gets one made). */
    private Object decode(TokenBuffer payload, Class<?> type) {
        try {
            Object value = settings.codec() == null ? read(payload, type)
                    : settings.codec().decode(settings.mapper().writeValueAsBytes(payload), type);
            if (value == null) {
                throw new IllegalArgumentException("payload is null");
            }
            return value;
        } catch (Exception e) {
            callbacks.error(new RealtimeError(RealtimeError.Kind.PAYLOAD_DECODE_FAILED,
                    "event does not decode as " + type.getName() + ": " + e.getMessage(), e));
            return UNDECODABLE;
        }
    }

    private Object read(TokenBuffer payload, Class<?> type) throws IOException {
        try (JsonParser tokens = payload.asParser(settings.mapper())) {
            return settings.mapper().readValue(tokens, type);
        }
    }

    private void deliver(SubscriptionHandle<?> subscription, Object value) {
        // The gap notice travels with the next event that fits, so it is told once and always before that event.
        Runnable delivery = subscription.gapPending
                ? () -> subscription.deliverAfterGap(value) : () -> subscription.deliver(value);
        if (overflowing && callbacks.queuedEvents() == 0) {
            overflowing = false; // the handlers caught up: the episode is over, the next overflow is news
        }
        if (callbacks.offerEvent(delivery)) {
            subscription.gapPending = false;
            return;
        }
        subscription.gapPending = true;
        if (!overflowing) {
            overflowing = true;
            callbacks.error(new RealtimeError(RealtimeError.Kind.CALLBACK_QUEUE_OVERFLOW, "callback queue full ("
                    + settings.callbackQueueCapacity() + " events): dropping events until handlers catch up", null));
        }
    }

    @Override
    public void alive(Connection connection) {
        if (connection == current) {
            touch(connection);
        }
    }

    @Override
    public void tooLarge(Connection connection, int limit) {
        if (connection == current) {
            callbacks.error(new RealtimeError(RealtimeError.Kind.MESSAGE_TOO_LARGE,
                    "message longer than " + limit + " characters skipped", null));
        }
    }

    @Override
    public void binaryIgnored(Connection connection) {
        if (connection == current) {
            callbacks.error(new RealtimeError(RealtimeError.Kind.UNDECODABLE_FRAME, "binary message ignored", null));
        }
    }

    @Override
    public void closed(Connection connection, int code, String reason) {
        if (connection != current) {
            return;
        }
        if (code == 1008) {
            terminate(new ConnectionState.Closed(code, reason.isEmpty() ? "policy violation" : reason, true));
            return;
        }
        fail(connection, "closed by the server: " + code + (reason.isEmpty() ? "" : " " + reason), null);
    }

    @Override
    public void failed(Connection connection, Throwable error) {
        if (connection == current) {
            fail(connection, "connection error: " + error, error);
        }
    }

    // --- outbound

    private void send(Connection connection, String text) {
        connection.outbox.add(new Connection.Outgoing(text));
        pump(connection);
    }

    /** One send at a time (the JDK refuses overlapping sends); the next starts when the previous completes. */
    private void pump(Connection connection) {
        if (connection.sending || connection.socket == null || connection.outbox.isEmpty()) {
            return;
        }
        Connection.Outgoing next = connection.outbox.poll();
        connection.sending = true;
        connection.sendingSinceNanos = scheduler.nanoTime();
        try {
            (next.text() == null
                    ? connection.socket.sendPing(ByteBuffer.allocate(0))
                    : connection.socket.sendText(next.text(), true))
                    .whenComplete((socket, error) -> post(() -> sent(connection, error)));
        } catch (RuntimeException e) {
            fail(connection, "send failed: " + e, e);
        }
    }

    private void sent(Connection connection, Throwable error) {
        if (connection != current) {
            return;
        }
        connection.sending = false;
        if (error != null) {
            // On JDK 17 a failed send (typically a heartbeat) may be the only sign that the connection is gone.
            fail(connection, "send failed: " + error, error);
            return;
        }
        pump(connection);
    }

    // --- heartbeat and watchdog

    private void scheduleHeartbeat(Connection connection) {
        connection.heartbeat = timer(settings.heartbeat(), () -> {
            if (connection != current) {
                return;
            }
            connection.outbox.add(new Connection.Outgoing(settings.protocol().heartbeatFrame().orElse(null)));
            pump(connection);
            scheduleHeartbeat(connection);
        });
    }

    private void touch(Connection connection) {
        connection.lastActivityNanos = scheduler.nanoTime();
    }

    /** No frame (or a send that never completes) for the watchdog period means the connection is dead. */
    private void armWatchdog(Connection connection) {
        long limit = settings.watchdog().toNanos();
        long since = connection.sending
                ? Math.min(connection.sendingSinceNanos, connection.lastActivityNanos) : connection.lastActivityNanos;
        long idle = scheduler.nanoTime() - since;
        if (idle >= limit) {
            fail(connection, connection.sending ? "a send did not complete within " + settings.watchdog()
                    : "no frame from the server within " + settings.watchdog(), null);
            return;
        }
        connection.watchdog = timer(Duration.ofNanos(limit - idle), () -> {
            if (connection == current) {
                armWatchdog(connection);
            }
        });
    }

    // --- endings

    private void fail(Connection connection, String reason, Throwable cause) {
        if (connection != current || finished) {
            return;
        }
        drop(connection, Connection.GOING_AWAY, "reconnecting");
        callbacks.error(new RealtimeError(RealtimeError.Kind.CONNECTION_LOST, reason, cause));
        if (subscriptions.isEmpty()) {
            setState(new ConnectionState.Closed(1000, "no subscriptions left", false));
            return;
        }
        failures++;
        Duration delay = settings.backoff().delay(failures);
        reconnectTimer = timer(delay, () -> {
            reconnectTimer = null;
            if (!finished && current == null && !subscriptions.isEmpty()) {
                connect();
            }
        });
        setState(new ConnectionState.Reconnecting(failures, delay, reason));
    }

    private void drop(Connection connection, int code, String reason) {
        connection.dispose(code, reason, closeTimers);
        if (current == connection) {
            current = null;
        }
    }

    private void disconnect(ConnectionState.Closed closed) {
        cancelTimers();
        failures = 0; // a planned disconnect: the next connection starts afresh
        if (current != null) {
            drop(current, Connection.NORMAL_CLOSURE, closed.terminal() ? "" : closed.reason());
        }
        setState(closed);
    }

    private void cancelTimers() {
        if (reconnectTimer != null) {
            reconnectTimer.cancel();
            reconnectTimer = null;
        }
        if (debounceTimer != null) {
            debounceTimer.cancel();
            debounceTimer = null;
        }
    }

    /**
     * Ends the client for good: no reconnect, subscriptions closed, threads stop after the queued callbacks. A
     * terminal error still lets events received before it reach their handlers; {@code close()} does not.
     */
    void terminate(ConnectionState.Closed closed) {
        if (finished) {
            return;
        }
        disconnect(closed);
        finished = true;
        closeTimers.moveToRealTime();
        openWaiters.ended(finalState());
        for (SubscriptionHandle<?> subscription : subscriptions.values()) {
            if (closed.terminal()) {
                callbacks.notice(subscription::deactivate);
            } else {
                subscription.deactivate();
            }
        }
        subscriptions.clear();
        callbacks.shutdown();
        thread.shutdown();
    }

    /** A test seam: the JDK listener of the connection current once the engine gets to it; null when none. */
    CompletableFuture<WebSocket.Listener> currentListener() {
        CompletableFuture<WebSocket.Listener> listener = new CompletableFuture<>();
        if (!post(() -> listener.complete(current == null ? null : current.listener))) {
            listener.complete(null);
        }
        return listener;
    }

    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return thread.awaitTermination(timeout, unit) && callbacks.awaitTermination(timeout, unit);
    }

    private void setState(ConnectionState unredacted) {
        ConnectionState next = redactor.redact(unredacted);
        if (next.equals(state)) {
            return;
        }
        state = next;
        callbacks.notice(() -> settings.onStateChange().accept(next));
    }

    /** A timer whose task runs on the engine thread, whichever thread the scheduler fires it on. */
    private Scheduler.Cancellable timer(Duration delay, Runnable task) {
        return scheduler.schedule(delay, () -> post(task));
    }
}
