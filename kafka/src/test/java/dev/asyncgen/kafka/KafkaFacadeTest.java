package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.naming.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated {@code Kafka} facade: compiled with every lint as an error against this module, equal to its golden
 * file (refresh with {@code -Dasyncgen.updateGolden=true}), and the binding fields it cannot honour warned about.
 */
class KafkaFacadeTest {
    private static final Path SPECS = Path.of("src/test/resources/specs");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"lights-kafka-v2, CLIENT", "lights-kafka-v2, APPLICATION", "lights-kafka-v3, CLIENT", "lights-kafka-v3, APPLICATION"})
    void compilesStrictlyAndMatchesItsGoldenFile(String spec, Role role) throws Exception {
        SourceGenerator.Sources sources = GeneratedFacade.generate(SPECS.resolve(spec + ".yaml"), "lights", role);
        GeneratedFacade.compile(sources.files(), Map.of());

        String facade = sources.files().get("lights/Kafka.java");
        Path golden = GOLDEN.resolve(spec).resolve(role.name().toLowerCase(java.util.Locale.ROOT)).resolve("Kafka.java");
        if (Boolean.getBoolean("asyncgen.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, facade);
        }
        assertEquals(Files.readString(golden), facade,
                golden + " differs from the generated facade; if the change is intended, run with -Dasyncgen.updateGolden=true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lights-kafka-v2", "lights-kafka-v3"})
    void warnsOncePerBindingFieldItCannotHonourAtItsPlace(String spec) {
        List<String> warnings = GeneratedFacade.generate(SPECS.resolve(spec + ".yaml"), "lights", Role.CLIENT).warnings()
                .stream().map(Diagnostic::toString).toList();
        assertThat(warnings).filteredOn(warning -> warning.contains("bindings.kafka")).satisfiesExactlyInAnyOrder(
                warning -> assertThat(warning).matches(".*:\\d+:\\d+: warning: server 'local': bindings.kafka.schemaRegistryUrl is not honoured.*"),
                warning -> assertThat(warning).contains("server 'local': bindings.kafka.schemaRegistryVendor is not honoured"),
                warning -> assertThat(warning).contains("bindings.kafka.topicConfiguration.confluent.key.schema.validation is not honoured"),
                warning -> assertThat(warning).contains("message 'measured' bindings.kafka.schemaIdLocation is not honoured"));
    }

    @org.junit.jupiter.api.Test
    void bindingValuesThatCannotWorkAreErrorsAtTheirChannel(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, """
                asyncapi: 3.0.0
                info:
                  title: Bad
                  version: 1.0.0
                channels:
                  bad:
                    address: bad.topic
                    messages:
                      m:
                        payload:
                          type: string
                    bindings:
                      kafka:
                        topic: 'a/b'
                        partitions: 0
                        replicas: 1.5
                        retention: 7
                operations:
                  send:
                    action: send
                    channel:
                      $ref: '#/channels/bad'
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeneratedFacade.generate(spec, "bad", Role.CLIENT))
                .isInstanceOfSatisfying(dev.asyncgen.core.diagnostic.SpecException.class, failed ->
                        assertThat(failed.diagnostics()).extracting(Diagnostic::toString)
                                .filteredOn(line -> line.contains("channel 'bad'")).containsExactlyInAnyOrder(
                                "bad.yaml:6:3: error: channel 'bad': bindings.kafka.topic 'a/b' is not a topic name Kafka accepts"
                                        + " (1 to 249 of a-z, A-Z, 0-9, '.', '_', '-', not '.' or '..')",
                                "bad.yaml:6:3: error: channel 'bad': bindings.kafka.partitions must be a whole number of at least 1, not '0'",
                                "bad.yaml:6:3: error: channel 'bad': bindings.kafka.replicas must be a whole number of at least 1, not '1.5'",
                                "bad.yaml:6:3: warning: channel 'bad': bindings.kafka.retention is not a Kafka binding field, so it is not honoured"));
    }

    @ParameterizedTest
    @CsvSource({
        "asyncapi-v3-corpus/docs/streetlights-kafka-asyncapi.yml",
        "asyncapi-corpus/.cache/src/asyncapi-cli@0.59.1/assets/examples/streetlights-kafka.yml"})
    void theCorpusStreetlightsDocumentGeneratesAFacadeThatCompiles(String file) throws Exception {
        Path spec = Path.of(System.getProperty("user.home"), ".cache/asyncgen").resolve(file);
        assumeTrue(Files.isRegularFile(spec), "corpus document " + spec + " is absent (fetched by .ci/run); skipped");
        for (Role role : Role.values()) {
            SourceGenerator.Sources sources = GeneratedFacade.generate(spec, "sl.kafka", role);
            assertThat(sources.files()).containsKey("sl/kafka/Kafka.java");
            GeneratedFacade.compile(sources.files(), Map.of());
            // The first kafka-secure server, over TLS, with a setter for each of the servers' security schemes.
            assertThat(sources.files().get("sl/kafka/Kafka.java"))
                    .contains("private String bootstrapServers = \"test.mykafkacluster.org:18092\";")
                    .contains("private boolean tls = true;")
                    .contains("public Builder saslScramSha256(String username, String password)")
                    .contains("public Builder mutualTls(Path keyStore, String keyStorePassword, Path trustStore,");
        }
    }
}
