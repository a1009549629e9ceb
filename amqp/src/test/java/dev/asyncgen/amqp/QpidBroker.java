package dev.asyncgen.amqp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.port.AmqpPort;

/**
 * Apache Qpid Broker-J in this JVM on 127.0.0.1, speaking AMQP 0-9-1, user guest/guest, virtual host
 * {@code default} (also reachable as {@code /}). Its messages live in a Derby store under a temporary directory, so
 * durable queues and persistent messages survive {@link #restart()} on the same port, as on a real broker.
 */
final class QpidBroker implements AutoCloseable {
    private final Path workDir;
    private SystemLauncher launcher;
    private int port;

    private QpidBroker(Path workDir) {
        this.workDir = workDir;
    }

    /** Starts on a free port. */
    static QpidBroker start() throws Exception {
        QpidBroker broker = new QpidBroker(Files.createTempDirectory("asyncgen-qpid-"));
        try {
            broker.launch(0);
        } catch (Exception | Error failed) {
            broker.close();
            throw failed;
        }
        return broker;
    }

    int port() {
        return port;
    }

    URI uri() {
        return URI.create("amqp://guest:guest@127.0.0.1:" + port + "/default");
    }

    void stop() {
        if (launcher != null) {
            launcher.shutdown();
            launcher = null;
        }
    }

    /** Starts again on the same port with the same store. */
    void restart() throws Exception {
        stop();
        launch(port);
    }

    private void launch(int requestedPort) throws Exception {
        // Derby's log goes with the store, not into the working directory.
        System.setProperty("derby.stream.error.file", workDir.resolve("derby.log").toString());
        Path config = workDir.resolve("initial-config.json");
        Files.writeString(config, initialConfig(requestedPort));
        Map<String, String> context = new HashMap<>();
        context.put("qpid.work_dir", workDir.toString());
        context.put("qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}");
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("type", "Memory");
        attributes.put("initialConfigurationLocation", config.toUri().toString());
        attributes.put("startupLoggedToSystemOut", false);
        attributes.put("context", context);
        AtomicReference<SystemConfig<?>> system = new AtomicReference<>();
        SystemLauncher started = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> config) {
                system.set(config);
            }
        });
        launcher = started;
        started.startup(attributes);
        Broker<?> broker = (Broker<?>) system.get().getContainer(Broker.class);
        for (Port<?> candidate : broker.getPorts()) {
            if (candidate instanceof AmqpPort<?> amqp && candidate.getName().equals("AMQP")) {
                port = amqp.getBoundPort();
            }
        }
        if (port <= 0) {
            throw new IllegalStateException("Broker-J started but its AMQP port is not bound");
        }
    }

    private String initialConfig(int requestedPort) {
        String store = workDir.resolve("store").toString().replace("\\", "\\\\");
        return """
                {
                  "name": "asyncgen-test-broker",
                  "modelVersion": "9.0",
                  "authenticationproviders": [{
                    "name": "plain", "type": "Plain", "secureOnlyMechanisms": [],
                    "users": [{"name": "guest", "password": "guest", "type": "managed"}]
                  }],
                  "ports": [{
                    "name": "AMQP", "port": %d, "bindingAddress": "127.0.0.1",
                    "protocols": ["AMQP_0_9_1"], "authenticationProvider": "plain",
                    "virtualhostaliases": [
                      {"name": "nameAlias", "type": "nameAlias"},
                      {"name": "defaultAlias", "type": "defaultAlias"}
                    ]
                  }],
                  "virtualhostnodes": [{
                    "name": "default", "type": "DERBY", "defaultVirtualHostNode": "true",
                    "storePath": "%s",
                    "virtualHostInitialConfiguration": "{\\"type\\": \\"ProvidedStore\\"}"
                  }]
                }
                """.formatted(requestedPort, store);
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
