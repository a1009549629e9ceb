package dev.asyncgen.mqtt;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Properties;

/**
 * An in-JVM Moquette 0.17 broker (MQTT 3.1.1) on loopback: telemetry off, anonymous allowed, no WebSocket port.
 * Sessions live in memory: a {@link #restart()} loses them.
 */
final class MoquetteBroker implements AutoCloseable {
    private Server server;
    private int port;

    private MoquetteBroker() {}

    /** A broker keeping sessions in memory only. */
    static MoquetteBroker start() throws IOException {
        MoquetteBroker broker = new MoquetteBroker();
        broker.bind(0);
        return broker;
    }

    /** A broker on a given port (one that was free a moment ago). */
    static MoquetteBroker startOn(int port) throws IOException {
        MoquetteBroker broker = new MoquetteBroker();
        broker.bind(port);
        return broker;
    }

    URI uri() {
        return URI.create("tcp://127.0.0.1:" + port);
    }

    void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    /** Starts again on the port it had, after {@link #stop()}. */
    void startAgain() throws IOException {
        bind(port);
    }

    /** Starts again on the same port. */
    void restart() throws IOException {
        stop();
        bind(port);
    }

    @Override
    public void close() {
        stop();
    }

    private void bind(int wantedPort) throws IOException {
        // A port of our own choosing, not Moquette's port 0: its getPort() puts a 0 into the map its bind thread
        // writes the real port to, so polling it while it binds can leave 0 there for good.
        int chosen = wantedPort != 0 ? wantedPort : freePort();
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", Integer.toString(chosen));
        properties.setProperty("websocket_port", "disabled");
        properties.setProperty("allow_anonymous", "true");
        properties.setProperty("telemetry_enabled", "false"); // on by default, and it would call out to the internet
        properties.setProperty("netty.mqtt.message_size", Integer.toString(1 << 20));
        properties.setProperty("persistence_enabled", "false");
        Server started = new Server();
        started.startServer(new MemoryConfig(properties));
        server = started;
        port = chosen;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!accepts(chosen)) { // the bind completes asynchronously
            if (System.nanoTime() > deadline) {
                stop();
                throw new IOException("Moquette did not accept connections on port " + chosen + " within 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                stop();
                throw new IOException("interrupted while Moquette binds", interrupted);
            }
        }
    }

    /** A loopback port free a moment ago. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }
}
