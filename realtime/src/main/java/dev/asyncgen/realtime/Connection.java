package dev.asyncgen.realtime;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
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

    /** Ends the socket and timers at once; no close handshake (the engine has already moved on). */
    void dispose() {
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
            socket.abort();
        }
        outbox.clear();
    }
}
