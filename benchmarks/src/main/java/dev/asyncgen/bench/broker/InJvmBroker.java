package dev.asyncgen.bench.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A single-node KRaft Kafka (combined broker and controller) in this JVM on loopback, from Kafka's own test kit,
 * configured as the kafka module's tests configure theirs.
 */
final class InJvmBroker implements AutoCloseable {
    private final Path directory;
    private final KafkaClusterTestKit cluster;
    private final Admin admin;

    InJvmBroker() throws Exception {
        directory = Files.createTempDirectory("asyncgen-broker-bench");
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBaseDirectory(directory)
                .build();
        cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates a topic of one partition, so that the last acknowledgement means every record is stored. */
    void createTopic(String topic) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }

    @Override
    public void close() throws Exception {
        try {
            admin.close();
            cluster.close();
        } finally {
            if (!Files.exists(directory)) {
                return; // the test kit removed it
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }
}
