package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.naming.Role;
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
 * The corpus's streetlights Kafka document, AsyncAPI 3.0 and its 2.x original, generated in both roles: the service
 * and a dashboard talk through a real broker ({@code src/test/resources/e2e/Streetlights.java.txt}). Skipped when
 * the corpus (fetched by {@code .ci/run}) is absent.
 */
class StreetlightsEndToEndTest {
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
    @CsvSource({
        "asyncapi-v3-corpus/docs/streetlights-kafka-asyncapi.yml",
        "asyncapi-corpus/.cache/src/asyncapi-cli@0.59.1/assets/examples/streetlights-kafka.yml"})
    void theServiceAndADashboardTalkThroughTheBroker(String file) throws Exception {
        Path spec = Path.of(System.getProperty("user.home"), ".cache/asyncgen").resolve(file);
        assumeTrue(Files.isRegularFile(spec), "corpus document " + spec + " is absent (fetched by .ci/run); skipped");
        Map<String, String> files = new TreeMap<>(GeneratedFacade.generate(spec, "sl.kafka.app", Role.APPLICATION).files());
        files.putAll(GeneratedFacade.generate(spec, "sl.kafka.client", Role.CLIENT).files());
        String scenario = Files.readString(Path.of("src/test/resources/e2e/Streetlights.java.txt"));
        ClassLoader loader = GeneratedFacade.compile(files, Map.of("sl/kafka/Streetlights.java", scenario));

        @SuppressWarnings("unchecked")
        Callable<List<String>> run = (Callable<List<String>>) loader.loadClass("sl.kafka.Streetlights")
                .getConstructor(String.class).newInstance(BROKER.bootstrapServers());

        assertThat(run.call()).containsExactly(
                "measured 120 at 2026-12-06T10:00Z header LightMeasuredHeaders[myAppHeader=7]",
                "light 17 on on smartylighting.streetlights.1.0.action.17.turn.on");
    }
}
