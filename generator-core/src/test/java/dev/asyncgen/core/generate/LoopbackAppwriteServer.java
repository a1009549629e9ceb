package dev.asyncgen.core.generate;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The smallest Appwrite-like server on loopback: answers each handshake with {@code connected} and keeps the
 * handshake's path and query for the test. (The realtime module's scripted server is in its test sources, which
 * this module cannot see.)
 */
final class LoopbackAppwriteServer extends WebSocketServer implements AutoCloseable {
  static final long TIMEOUT_SECONDS = 10;

  private final CountDownLatch started = new CountDownLatch(1);
  private final BlockingQueue<WebSocket> sockets = new LinkedBlockingQueue<>();
  private final BlockingQueue<ClientHandshake> handshakes = new LinkedBlockingQueue<>();

  LoopbackAppwriteServer() throws InterruptedException {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
    setConnectionLostTimeout(0);
    start();
    if (!started.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      throw new IllegalStateException("server did not start");
    }
  }

  URI uri() {
    return URI.create("ws://127.0.0.1:" + getPort() + "/v1/realtime");
  }

  /** The next handshake: path and query as the client sent them, and its headers. */
  ClientHandshake nextHandshake() throws InterruptedException {
    return await(handshakes);
  }

  WebSocket nextSocket() throws InterruptedException {
    return await(sockets);
  }

  private static <T> T await(BlockingQueue<T> queue) throws InterruptedException {
    T value = queue.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (value == null) {
      throw new AssertionError("nothing from the client within " + TIMEOUT_SECONDS + " s");
    }
    return value;
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    handshakes.add(handshake);
    socket.send("{\"type\":\"connected\",\"data\":{\"channels\":[],\"user\":null}}");
    sockets.add(socket);
  }

  @Override
  public void onMessage(WebSocket socket, String message) {
    if (message.equals("{\"type\":\"ping\"}")) {
      socket.send("{\"type\":\"pong\"}");
    }
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

  @Override
  public void onError(WebSocket socket, Exception e) {}

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
