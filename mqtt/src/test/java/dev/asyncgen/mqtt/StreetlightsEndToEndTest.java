package dev.asyncgen.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corpus's streetlights MQTT document, AsyncAPI 3.0 and its 2.x original, generated in both roles: the service
 * and a dashboard talk through Moquette ({@code src/test/resources/e2e/Streetlights.java.txt}). Skipped when the
 * corpus (fetched by {@code .ci/run}) is absent.
 */
class StreetlightsEndToEndTest {
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
    @CsvSource({
        "asyncapi-v3-corpus/docs/streetlights-mqtt-asyncapi.yml",
        "asyncapi-corpus/.cache/src/asyncapi-cli@0.59.1/assets/examples/streetlights-mqtt.yml"})
    void theServiceAndADashboardTalkThroughTheBroker(String file) throws Exception {
        Path spec = Path.of(System.getProperty("user.home"), ".cache/asyncgen").resolve(file);
        assumeTrue(Files.isRegularFile(spec), "corpus document " + spec + " is absent (fetched by .ci/run); skipped");
        Map<String, String> files = new TreeMap<>(GeneratedFacade.generate(spec, "sl.mqtt.app", Role.APPLICATION).files());
        files.putAll(GeneratedFacade.generate(spec, "sl.mqtt.client", Role.CLIENT).files());
        String scenario = Files.readString(Path.of("src/test/resources/e2e/Streetlights.java.txt"));
        ClassLoader loader = GeneratedFacade.compile(files, Map.of("sl/mqtt/Streetlights.java", scenario));

        @SuppressWarnings("unchecked")
        Callable<List<String>> run = (Callable<List<String>>) loader.loadClass("sl.mqtt.Streetlights")
                .getConstructor(URI.class).newInstance(broker.uri());

        assertThat(run.call()).containsExactly(
                "measured 120 at 2026-12-06T10:00Z",
                "light 17 on on smartylighting/streetlights/1/0/action/17/turn/on");
    }
}
