package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.naming.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Code generated from one spec in the application role and in the client role talks through a real broker: the
 * user code ({@code src/test/resources/e2e/Scenario.java.txt}) is compiled with both packages, as a user's would be.
 */
class FacadeEndToEndTest {
    private static final TestBroker BROKER = new TestBroker();

    @BeforeAll
    static void startBroker() throws Exception {
        BROKER.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        BROKER.close();
    }

    @ParameterizedTest
    @CsvSource({"lights-kafka-v2, lights2, e2e2", "lights-kafka-v3, lights3, e2e3"})
    void theApplicationAndItsClientTalkThroughTheBroker(String spec, String root, String pkg) throws Exception {
        Path file = Path.of("src/test/resources/specs/" + spec + ".yaml");
        Map<String, String> files = new TreeMap<>(GeneratedFacade.generate(file, pkg + ".app", Role.APPLICATION).files());
        files.putAll(GeneratedFacade.generate(file, pkg + ".client", Role.CLIENT).files());
        String scenario = Files.readString(Path.of("src/test/resources/e2e/Scenario.java.txt"))
                .replace("PKG", pkg).replace("ROOTMeasured", root + "Measured").replace("ROOT(", root + "(");
        ClassLoader loader = GeneratedFacade.compile(files, Map.of(pkg + "/Scenario.java", scenario));

        @SuppressWarnings("unchecked")
        Callable<List<String>> run = (Callable<List<String>>) loader.loadClass(pkg + ".Scenario")
                .getConstructor(String.class).newInstance(BROKER.bootstrapServers());
        List<String> seen = run.call();

        String headers = "MeasuredHeaders[traceId=trace-1, version=2]";
        assertThat(seen).containsExactly(
                "l1 300 " + headers + " key l1 on " + root + ".l1.measured",
                "l2 5 null key null on " + root + ".l2.measured",
                "lightOn true key 7 on " + root + "-commands-v1",
                "channel '" + channelId(spec, root, "measured") + "': the client does not publish on it (the spec's operations only let it subscribe)",
                "channel '" + channelId(spec, root, "measured") + "': the application does not subscribe to it (the spec's operations only let it publish)",
                "Kafka refuses the topic name \"" + root + ".a:b.measured\": character ':' at index " + (root.length() + 2)
                        + " is not allowed (only a-z, A-Z, 0-9, '.', '_', '-')",
                "key must be a java.lang.Long, not a java.lang.String");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers()))) {
            // The spec's partitions and topic configuration; the commands channel's topic binding.
            var topics = admin.describeTopics(List.of(root + ".l1.measured", root + "-commands-v1")).allTopicNames().get();
            assertThat(topics.get(root + ".l1.measured").partitions()).hasSize(3);
            assertThat(topics.get(root + "-commands-v1").partitions()).hasSize(2);
            ConfigResource measured = new ConfigResource(ConfigResource.Type.TOPIC, root + ".l1.measured");
            assertThat(admin.describeConfigs(List.of(measured)).all().get().get(measured).get("retention.ms").value())
                    .isEqualTo("604800000");
            // The application consumed in the spec's fixed group; the client in the one its builder gave.
            assertThat(admin.listConsumerGroups().all().get()).extracting(ConsumerGroupListing::groupId)
                    .contains("lights-app-commands", pkg + "-dashboard");
        }
    }

    /** 3.0 names channels by key, 2.x by address. */
    private static String channelId(String spec, String root, String name) {
        return spec.endsWith("v3") ? name : root + ".{lightId}." + name;
    }
}
