package dev.asyncgen.realtime;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A hand-rolled loopback server for what a WebSocket library will not do: answer the handshake with an HTTP error,
 * drop TCP without a close frame, or stop reading. Each accepted socket is handed to the test.
 */
final class RawSocketServer implements AutoCloseable {

    private final ServerSocket server;
    private final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread acceptor;

    RawSocketServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket socket = server.accept();
                    synchronized (sockets) {
                        sockets.add(socket);
                    }
                    accepted.add(socket);
                }
            } catch (IOException closed) {
                // The test is over.
            }
        }, "raw-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/v1/realtime");
    }

    Socket nextSocket() throws InterruptedException {
        Socket socket = accepted.poll(ScriptedAppwriteServer.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (socket == null) {
            throw new AssertionError("no connection within 10 s");
        }
        return socket;
    }

    /** Reads the upgrade request and answers with a bare HTTP status. */
    static void reject(Socket socket, int status, String reason) throws IOException {
        readRequest(socket);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.close();
    }

    /** Completes the WebSocket handshake; returns the request line. */
    static String accept(Socket socket) throws IOException {
        List<String> request = readRequest(socket);
        String key = request.stream()
                .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("sec-websocket-key:"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .findFirst().orElseThrow();
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + acceptKey(key) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return request.get(0);
    }

    /** Writes one unmasked text frame (server to client). */
    static void sendText(Socket socket, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(0x81);
        if (payload.length < 126) {
            out.write(payload.length);
        } else {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length & 0xff);
        }
        out.write(payload);
        out.flush();
    }

    private static List<String> readRequest(Socket socket) throws IOException {
        // Byte by byte: nothing after the blank line may be consumed (the test may want to stop reading there).
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        var in = socket.getInputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("client closed during the handshake");
            }
            if (c == '\n') {
                String text = line.toString().strip();
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.setLength(0);
            } else {
                line.append((char) c);
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
        server.close();
        synchronized (sockets) {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }
}
