package dev.asyncgen.mqtt;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
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
        Properties properties = new Properties();
        properties.setProperty("host", "127.0.0.1");
        properties.setProperty("port", Integer.toString(wantedPort));
        properties.setProperty("websocket_port", "disabled");
        properties.setProperty("allow_anonymous", "true");
        properties.setProperty("telemetry_enabled", "false"); // on by default, and it would call out to the internet
        properties.setProperty("netty.mqtt.message_size", Integer.toString(1 << 20));
        properties.setProperty("persistence_enabled", "false");
        Server started = new Server();
        started.startServer(new MemoryConfig(properties));
        server = started;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (boundPort(started) == 0) { // the bind completes asynchronously
            if (System.nanoTime() > deadline) {
                throw new IOException("Moquette did not bind within 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while Moquette binds", interrupted);
            }
        }
        port = started.getPort();
    }

    /** 0 until bound; Moquette's getPort reads a map its bind thread is still writing, so it may throw meanwhile. */
    private static int boundPort(Server server) {
        try {
            return server.getPort();
        } catch (java.util.ConcurrentModificationException stillBinding) {
            return 0;
        }
    }
}
