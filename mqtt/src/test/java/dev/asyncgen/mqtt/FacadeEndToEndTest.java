package dev.asyncgen.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.naming.Role;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Code generated from one spec in the application role and in the client role talks through a real broker: the
 * user code ({@code src/test/resources/e2e/Scenario.java.txt}) is compiled with both packages, as a user's would be.
 * Moquette speaks MQTT 3.1.1; with {@code ASYNCGEN_MOSQUITTO_URI} set, the 3.0 spec also runs over MQTT 5 with
 * headers and the message bindings' properties.
 */
class FacadeEndToEndTest {
    private static MoquetteBroker broker;

    @BeforeAll
    static void startBroker() throws IOException {
        broker = MoquetteBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"lights-mqtt-v2, e2e2, moquette", "lights-mqtt-v3, e2e3, moquette", "lights-mqtt-v3, e2e5, mosquitto"})
    void theApplicationAndItsClientTalkThroughTheBroker(String spec, String pkg, String brokerName) throws Exception {
        boolean mqtt5 = brokerName.equals("mosquitto");
        if (mqtt5) {
            Assumptions.assumeTrue(System.getenv(MosquittoClientTest.VARIABLE) != null,
                    MosquittoClientTest.VARIABLE + " is not set: the MQTT 5 run needs Mosquitto");
        }
        URI uri = mqtt5 ? URI.create(System.getenv(MosquittoClientTest.VARIABLE)) : broker.uri();
        Path file = Path.of("src/test/resources/specs/" + spec + ".yaml");
        Map<String, String> files = new TreeMap<>(GeneratedFacade.generate(file, pkg + ".app", Role.APPLICATION).files());
        files.putAll(GeneratedFacade.generate(file, pkg + ".client", Role.CLIENT).files());
        String scenario = Files.readString(Path.of("src/test/resources/e2e/Scenario.java.txt"))
                .replace("PKG", pkg)
                .replace("/*HEADERS*/", mqtt5 ? ".headers(new " + pkg + ".app.MeasuredHeaders(\"trace-1\"))" : "");
        ClassLoader loader = GeneratedFacade.compile(files, Map.of(pkg + "/Scenario.java", scenario));

        @SuppressWarnings("unchecked")
        Callable<List<String>> run = (Callable<List<String>>) loader.loadClass(pkg + ".Scenario")
                .getConstructor(URI.class, MqttVersion.class)
                .newInstance(uri, mqtt5 ? MqttVersion.V5 : MqttVersion.V3_1_1);
        List<String> seen = run.call();

        String measured = spec.endsWith("v3") ? "measured" : "lights/{lightId}/measured";
        assertThat(seen).containsExactly(
                "l1 300 on lights/l1/measured " + (mqtt5 ? "MeasuredHeaders[traceId=trace-1]" : "null")
                        + " qos 1 contentType " + (mqtt5 ? "application/json" : "null"),
                // The spec's qos 2 for turning lights on.
                "l2 at 2026-01-01T11:00Z qos 2 contentType null",
                "channel '" + measured + "': the client does not publish on it (the spec's operations only let it"
                        + " subscribe)",
                "channel '" + measured + "': the application does not subscribe to it (the spec's operations only"
                        + " let it publish)",
                "the MQTT topic parameter lightId contains '+' at index 1: a parameter fills exactly one topic level,"
                        + " so '/', '+', '#' and NUL cannot be part of it",
                "the MQTT topic parameter lightId contains '#' at index 1: a parameter fills exactly one topic level,"
                        + " so '/', '+', '#' and NUL cannot be part of it",
                "problems []");
    }
}
