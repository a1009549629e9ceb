package dev.asyncgen.realtime;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The test plays the JDK's part: a WebSocket handed to a client's listener, which delivers text only as far as the
 * client has asked for it ({@link #request}), as the JDK does, and records the most the client ever asked ahead.
 */
final class FakeJdkSocket implements WebSocket {

    private final WebSocket.Listener listener;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private long outstanding;
    private long maxOutstanding;
    private volatile boolean aborted;
    private volatile String closeSent;
    private volatile boolean holdSends;
    private final Queue<CompletableFuture<WebSocket>> pendingSends = new ConcurrentLinkedQueue<>();

    private FakeJdkSocket(WebSocket.Listener listener) {
        this.listener = listener;
    }

    /** A socket whose handshake has just succeeded: the listener hears {@code onOpen}. */
    static FakeJdkSocket openedFor(WebSocket.Listener listener) {
        FakeJdkSocket socket = new FakeJdkSocket(listener);
        listener.onOpen(socket);
        return socket;
    }

    WebSocket.Listener listener() {
        return listener;
    }

    /** Delivers one whole text message once the client has asked for one (waits at most 10 s). */
    void text(String text) throws InterruptedException {
        textPart(text, true);
    }

    /** Delivers one piece of a text message once the client has asked for one (waits at most 10 s). */
    void textPart(String text, boolean last) throws InterruptedException {
        awaitDemand();
        synchronized (this) {
            outstanding--;
        }
        listener.onText(this, text, last);
    }

    /** Waits (at most 10 s) until the client has asked for another message. */
    synchronized void awaitDemand() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ScriptedAppwriteServer.TIMEOUT_SECONDS);
        while (outstanding < 1) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the client did not ask for another message within 10 s");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** The most messages the client has ever asked for beyond those delivered. */
    synchronized long maxOutstanding() {
        return maxOutstanding;
    }

    /** The Close frame the client sent, "code reason"; null before. */
    String closeSent() {
        return closeSent;
    }

    boolean aborted() {
        return aborted;
    }

    List<String> sent() {
        return sent;
    }

    @Override
    public synchronized void request(long n) {
        outstanding = Math.max(outstanding, outstanding + n); // the JDK's demand saturates too
        maxOutstanding = Math.max(maxOutstanding, outstanding);
        notifyAll();
    }

    /** From now on each send stays pending until {@link #completeSend} (as over a slow network). */
    void holdSends() {
        holdSends = true;
    }

    /** Completes the oldest pending send. */
    void completeSend() {
        CompletableFuture<WebSocket> send = pendingSends.poll();
        if (send == null) {
            throw new AssertionError("no send pending");
        }
        send.complete(this);
    }

    /** Waits (at most 10 s) until the client has sent {@code count} text frames in all. */
    synchronized void awaitSent(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ScriptedAppwriteServer.TIMEOUT_SECONDS);
        while (sent.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("not " + count + " frames sent within 10 s: " + sent);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public synchronized CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
        sent.add(data.toString());
        notifyAll();
        if (!holdSends) {
            return CompletableFuture.completedFuture(this);
        }
        CompletableFuture<WebSocket> send = new CompletableFuture<>();
        pendingSends.add(send);
        return send;
    }

    @Override
    public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
        closeSent = statusCode + " " + reason;
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public String getSubprotocol() {
        return "";
    }

    @Override
    public boolean isOutputClosed() {
        return aborted;
    }

    @Override
    public boolean isInputClosed() {
        return aborted;
    }

    @Override
    public void abort() {
        aborted = true;
    }
}
