package dev.asyncgen.realtime;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft;
import org.java_websocket.exceptions.InvalidDataException;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.framing.Framedata;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.handshake.ServerHandshakeBuilder;
import org.java_websocket.server.WebSocketServer;

/** A real WebSocket server on loopback, scripted by the test as an Appwrite Realtime server. */
final class ScriptedAppwriteServer extends WebSocketServer implements AutoCloseable {

    static final long TIMEOUT_SECONDS = 10;

    /** One accepted connection and what it received. */
    record Peer(WebSocket socket, String resource, ClientHandshake handshake, BlockingQueue<String> received) {
        void send(String text) {
            socket.send(text);
        }

        String nextMessage() throws InterruptedException {
            String message = received.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message from the client within " + TIMEOUT_SECONDS + " s");
            }
            return message;
        }
    }

    private final CountDownLatch started = new CountDownLatch(1);
    private final BlockingQueue<Peer> peers = new LinkedBlockingQueue<>();
    final BlockingQueue<String> pings = new LinkedBlockingQueue<>();
    /** Each connection's end as the server saw it: "code reason, by the client" or "code reason, by the server". */
    final BlockingQueue<String> closes = new LinkedBlockingQueue<>();
    final AtomicInteger handshakesToReject = new AtomicInteger();
    volatile boolean sendConnected = true;
    volatile boolean answerPings = true;

    ScriptedAppwriteServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setConnectionLostTimeout(0); // the server's own pings would count as traffic for the client's watchdog
        start();
        try {
            if (!started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("server did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + getPort() + "/v1/realtime");
    }

    Peer nextPeer() throws InterruptedException {
        Peer peer = peers.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (peer == null) {
            throw new AssertionError("no connection within " + TIMEOUT_SECONDS + " s");
        }
        return peer;
    }

    /** The next connection, which is expected to arrive only if something else happens first: peek without waiting. */
    Peer pendingPeer() {
        return peers.poll();
    }

    @Override
    public ServerHandshakeBuilder onWebsocketHandshakeReceivedAsServer(WebSocket conn, Draft draft,
            ClientHandshake request) throws InvalidDataException {
        if (handshakesToReject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new InvalidDataException(CloseFrame.POLICY_VALIDATION, "rejected by the script");
        }
        return super.onWebsocketHandshakeReceivedAsServer(conn, draft, request);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        Peer peer = new Peer(conn, handshake.getResourceDescriptor(), handshake, new LinkedBlockingQueue<>());
        conn.setAttachment(peer);
        if (sendConnected) {
            conn.send("{\"type\":\"connected\",\"data\":{\"channels\":[],\"user\":null}}");
        }
        peers.add(peer);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        Peer peer = conn.getAttachment();
        if (message.equals("{\"type\":\"ping\"}")) {
            pings.add(message);
            if (answerPings) {
                conn.send("{\"type\":\"pong\"}");
            }
            return;
        }
        peer.received().add(message);
    }

    @Override
    public void onWebsocketPing(WebSocket conn, Framedata frame) {
        pings.add("control ping");
        super.onWebsocketPing(conn, frame);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        closes.add(code + " " + reason + (remote ? ", by the client" : ", by the server"));
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
