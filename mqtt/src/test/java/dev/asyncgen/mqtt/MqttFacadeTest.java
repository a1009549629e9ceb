package dev.asyncgen.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.naming.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated {@code Mqtt} facade: compiled with every lint as an error against this module, equal to its golden
 * file (refresh with {@code -Dasyncgen.updateGolden=true}), and the binding fields it cannot honour warned about.
 */
class MqttFacadeTest {
    private static final Path SPECS = Path.of("src/test/resources/specs");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"lights-mqtt-v2, CLIENT", "lights-mqtt-v2, APPLICATION", "lights-mqtt-v3, CLIENT",
        "lights-mqtt-v3, APPLICATION"})
    void compilesStrictlyAndMatchesItsGoldenFile(String spec, Role role) throws Exception {
        SourceGenerator.Sources sources = GeneratedFacade.generate(SPECS.resolve(spec + ".yaml"), "lights", role);
        GeneratedFacade.compile(sources.files(), Map.of());

        String facade = sources.files().get("lights/Mqtt.java");
        Path golden = GOLDEN.resolve(spec).resolve(role.name().toLowerCase(Locale.ROOT)).resolve("Mqtt.java");
        if (Boolean.getBoolean("asyncgen.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, facade);
        }
        assertEquals(Files.readString(golden), facade,
                golden + " differs from the generated facade; if the change is intended, run with -Dasyncgen.updateGolden=true");
    }

    @org.junit.jupiter.api.Test
    void warnsOncePerBindingFieldItCannotHonourAtItsPlace() {
        List<String> warnings = GeneratedFacade.generate(SPECS.resolve("lights-mqtt-v3.yaml"), "lights", Role.CLIENT)
                .warnings().stream().map(Diagnostic::toString).toList();
        assertThat(warnings).filteredOn(warning -> warning.contains("bindings.mqtt")).satisfiesExactlyInAnyOrder(
                warning -> assertThat(warning).matches(".*lights-mqtt-v3.yaml:\\d+:\\d+: warning: server 'local':"
                        + " bindings.mqtt.maximumPacketSize is not honoured by the MQTT client"),
                warning -> assertThat(warning).matches(".*:\\d+:\\d+: warning: channel 'measured' message 'measured':"
                        + " bindings.mqtt.payloadFormatIndicator is not honoured by the MQTT client"));
    }

    @org.junit.jupiter.api.Test
    void onAnMqtt311ServerTheMqtt5FieldsAndHeadersAreWarnedAbout(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path spec = dir.resolve("v311.yaml");
        Files.writeString(spec, Files.readString(SPECS.resolve("lights-mqtt-v3.yaml"))
                .replace("protocolVersion: '5'", "protocolVersion: '3.1.1'"));
        List<String> warnings = GeneratedFacade.generate(spec, "lights", Role.APPLICATION).warnings().stream()
                .map(Diagnostic::toString).toList();
        assertThat(warnings)
                .anyMatch(w -> w.matches(".*v311.yaml:\\d+:\\d+: warning: server 'local': bindings.mqtt."
                        + "sessionExpiryInterval is not honoured: MQTT 3.1.1 has no session expiry.*"))
                .anyMatch(w -> w.contains("channel 'measured': bindings.mqtt.messageExpiryInterval is not honoured:"
                        + " the server speaks MQTT 3.1.1"))
                .anyMatch(w -> w.contains("channel 'measured': bindings.mqtt.contentType is not honoured"))
                .anyMatch(w -> w.contains("channel 'measured': its messages' headers cannot travel"));
    }

    @org.junit.jupiter.api.Test
    void bindingValuesThatCannotWorkAreErrorsAtTheirPlace(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path spec = dir.resolve("bad.yaml");
        Files.writeString(spec, """
                asyncapi: 3.0.0
                info:
                  title: Bad
                  version: 1.0.0
                servers:
                  local:
                    host: localhost
                    protocol: mqtt
                    bindings:
                      mqtt:
                        keepAlive: 70000
                        lastWill:
                          topic: 'a/+'
                channels:
                  bad:
                    address: bad/topic
                    messages:
                      m:
                        payload:
                          type: string
                operations:
                  send:
                    action: send
                    channel:
                      $ref: '#/channels/bad'
                    bindings:
                      mqtt:
                        qos: 3
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeneratedFacade.generate(spec, "bad", Role.CLIENT))
                .isInstanceOfSatisfying(dev.asyncgen.core.diagnostic.SpecException.class, failed ->
                        assertThat(failed.diagnostics()).extracting(Diagnostic::toString)
                                .map(text -> text.substring(text.indexOf("bad.yaml"))).containsExactlyInAnyOrder(
                                "bad.yaml:6:3: error: server 'local': bindings.mqtt.keepAlive must be a whole number"
                                        + " from 0 to 65535, not '70000'",
                                "bad.yaml:6:3: error: server 'local': bindings.mqtt.lastWill.topic 'a/+' is not an MQTT"
                                        + " topic name (empty, or with '+', '#' or NUL)",
                                "bad.yaml:15:3: error: channel 'bad': bindings.mqtt.qos must be a whole number from 0"
                                        + " to 2, not '3'"));
    }

    @ParameterizedTest
    @CsvSource({
        "asyncapi-v3-corpus/docs/streetlights-mqtt-asyncapi.yml",
        "asyncapi-corpus/.cache/src/asyncapi-cli@0.59.1/assets/examples/streetlights-mqtt.yml"})
    void theCorpusStreetlightsDocumentGeneratesAFacadeThatCompiles(String file) throws Exception {
        Path spec = Path.of(System.getProperty("user.home"), ".cache/asyncgen").resolve(file);
        assumeTrue(Files.isRegularFile(spec), "corpus document " + spec + " is absent (fetched by .ci/run); skipped");
        for (Role role : Role.values()) {
            SourceGenerator.Sources sources = GeneratedFacade.generate(spec, "sl.mqtt", role);
            assertThat(sources.files()).containsKey("sl/mqtt/Mqtt.java");
            GeneratedFacade.compile(sources.files(), Map.of());
            assertThat(sources.files().get("sl/mqtt/Mqtt.java"))
                    .contains("uri = URI.create(\"mqtt://test.mosquitto.org:1883\");");
        }
    }
}
