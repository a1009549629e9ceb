package dev.asyncgen.realtime;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One WebSocket attempt. Its listener runs on the JDK's threads and only assembles text and hands it to the engine:
 * JDK 17 can fail inside its own code when the server closes while a listener callback is still running, so the
 * callbacks stay short. Everything else here belongs to the engine thread.
 */
final class Connection {

    /** What the engine does with this connection's socket events; each call is made on the engine thread. */
    interface Events {
        void opened(Connection connection, WebSocket socket);

        void text(Connection connection, String text);

        void alive(Connection connection);

        void tooLarge(Connection connection, int limit);

        void binaryIgnored(Connection connection);

        void closed(Connection connection, int code, String reason);

        void failed(Connection connection, Throwable error);
    }

    /** An outgoing frame: text, or a WebSocket ping when {@code text} is null. */
    record Outgoing(String text) {
    }

    final int generation;
    final SortedSet<String> channels;

    // Engine thread only:
    WebSocket socket;
    CompletableFuture<WebSocket> handshake;
    boolean open;
    boolean unroutedReported;
    long lastActivityNanos;
    long sendingSinceNanos;
    boolean sending;
    final ArrayDeque<Outgoing> outbox = new ArrayDeque<>();
    final Set<String> subscribedIds = new HashSet<>();
    Scheduler.Cancellable heartbeat;
    Scheduler.Cancellable watchdog;
    /** What the JDK calls; kept so tests can play the JDK's part on a current or a stale connection. */
    WebSocket.Listener listener;

    Connection(int generation, SortedSet<String> channels) {
        this.generation = generation;
        this.channels = channels;
    }

    /** The JDK listener: assembles text messages up to {@code maxMessageChars} and posts every event to the engine. */
    WebSocket.Listener listener(Events events, java.util.function.Consumer<Runnable> engine, int maxMessageChars) {
        Connection self = this;
        return new WebSocket.Listener() {
            private StringBuilder text = new StringBuilder();
            private boolean skipping;

            @Override
            public void onOpen(WebSocket webSocket) {
                engine.accept(() -> events.opened(self, webSocket));
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                if (last && !skipping && text.length() == 0 && data.length() <= maxMessageChars) {
                    // A message in one piece, the usual case: one copy, no builder to grow.
                    String message = data.toString();
                    engine.accept(() -> events.text(self, message));
                    return null;
                }
                if (!skipping && text.length() + data.length() > maxMessageChars) {
                    skipping = true;
                    text = new StringBuilder();
                    engine.accept(() -> events.tooLarge(self, maxMessageChars));
                }
                if (!skipping) {
                    text.append(data);
                }
                if (!last) {
                    webSocket.request(1);
                } else if (skipping) {
                    skipping = false;
                    webSocket.request(1);
                } else {
                    String message = text.toString();
                    text = new StringBuilder();
                    // The engine asks for the next message once it has handled this one: flow control.
                    engine.accept(() -> events.text(self, message));
                }
                return null;
            }

            @Override
            public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
                if (last) {
                    engine.accept(() -> events.binaryIgnored(self));
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
                engine.accept(() -> events.alive(self));
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
                engine.accept(() -> events.alive(self));
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                engine.accept(() -> events.closed(self, statusCode, reason));
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                engine.accept(() -> events.failed(self, error));
            }
        };
    }

    /** How long the peer has to answer a Close before the socket is aborted. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    /** The close code on {@code close()} and when the last subscription closes. */
    static final int NORMAL_CLOSURE = 1000;
    /** The close code when the client leaves a connection for a new one (failure, watchdog, changed channels). */
    static final int GOING_AWAY = 1001;

    /**
     * Ends the timers at once and the socket with a close handshake: a Close frame with {@code code}, then an abort
     * unless the peer answers within {@link #CLOSE_TIMEOUT} ({@code closeTimers}). The engine has moved on: whatever
     * still arrives is stale and ignored.
     */
    void dispose(int code, String reason, CloseTimers closeTimers) {
        if (heartbeat != null) {
            heartbeat.cancel();
        }
        if (watchdog != null) {
            watchdog.cancel();
        }
        if (handshake != null) {
            handshake.cancel(true);
        }
        if (socket != null) {
            closeGracefully(socket, code, reason);
            closeTimers.start(socket);
        }
        outbox.clear();
    }

    /** A Close frame, and reading on until the peer's Close arrives; the caller starts the timer that aborts. */
    static void closeGracefully(WebSocket closing, int code, String reason) {
        if (!closing.isOutputClosed()) {
            closing.sendClose(code, reason).exceptionally(error -> {
                closing.abort();
                return null;
            });
        }
        closing.request(Long.MAX_VALUE); // read on, so that the peer's Close arrives
    }
}
