package dev.asyncgen.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * A loopback WebSocket server speaking just enough Appwrite for one client: it answers the handshake, sends
 * {@code connected}, then writes frames the benchmark encoded beforehand. Writing ready-made bytes keeps the
 * server's own allocations out of the bytes per event that {@code -prof gc} reports for the whole JVM.
 */
final class LoopbackAppwriteServer implements AutoCloseable {

  private static final String CONNECTED = "{\"type\":\"connected\",\"data\":{\"channels\":[],\"user\":null}}";

  private final ServerSocket server;
  private Socket peer;
  private OutputStream out;

  LoopbackAppwriteServer() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }

  URI uri() {
    return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/v1/realtime");
  }

  /** Waits for the client, completes its handshake and confirms the subscriptions. */
  void acceptClient() throws IOException {
    peer = server.accept();
    peer.setTcpNoDelay(true);
    String key = readHandshakeKey(peer.getInputStream());
    out = peer.getOutputStream();
    out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Accept: " + acceptKey(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(textFrame(CONNECTED));
    out.flush();
    drainClientFrames(peer.getInputStream());
  }

  /** Writes bytes made by {@link #textFrame} (one or more frames); blocks while the client is not reading. */
  void send(byte[] frames) throws IOException {
    out.write(frames);
    out.flush();
  }

  /** One unmasked, unfragmented server-to-client text frame. */
  static byte[] textFrame(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
    frame.write(0x81);
    if (payload.length < 126) {
      frame.write(payload.length);
    } else if (payload.length < 65_536) {
      frame.write(126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xff);
    } else {
      frame.write(127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >>> shift) & 0xff);
      }
    }
    frame.writeBytes(payload);
    return frame.toByteArray();
  }

  /** Heartbeats and the close frame are read and ignored, so the client's sends never block. */
  private static void drainClientFrames(InputStream in) {
    Thread drain = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try {
        while (in.read(buffer) >= 0) {
          // ignored
        }
      } catch (IOException closed) {
        // the benchmark is over
      }
    }, "loopback-appwrite-drain");
    drain.setDaemon(true);
    drain.start();
  }

  private static String readHandshakeKey(InputStream in) throws IOException {
    String key = null;
    StringBuilder line = new StringBuilder();
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("client closed during the handshake");
      }
      if (c != '\n') {
        line.append((char) c);
        continue;
      }
      String text = line.toString().strip();
      line.setLength(0);
      if (text.isEmpty()) {
        if (key == null) {
          throw new IOException("handshake without Sec-WebSocket-Key");
        }
        return key;
      }
      if (text.toLowerCase(Locale.ROOT).startsWith("sec-websocket-key:")) {
        key = text.substring(text.indexOf(':') + 1).trim();
      }
    }
  }

  private static String acceptKey(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1")
          .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (peer != null) {
      peer.close();
    }
    server.close();
  }
}
