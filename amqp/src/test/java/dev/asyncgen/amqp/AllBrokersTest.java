package dev.asyncgen.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code --bindings kafka,mqtt,amqp} in one package: the three facades compile together, with -Xlint:all, silent. */
class AllBrokersTest {
    @ParameterizedTest
    @EnumSource(Role.class)
    void theThreeFacadesCompileTogetherAgainstTheThreeRuntimes(Role role, @TempDir Path out, @TempDir Path classes)
            throws IOException {
        SourceGenerator.Sources sources = SourceGenerator.generate(
                ReadRequest.of(Path.of("src/test/resources/specs/all-brokers-v3.yaml")),
                GenerationOptions.forPackage("lights").withBindings(BrokerProtocol.parse("kafka,mqtt,amqp"))
                        .withRole(role));
        for (Map.Entry<String, String> file : sources.files().entrySet()) {
            Path target = out.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }

        assertThat(sources.files()).containsKeys("lights/Kafka.java", "lights/Mqtt.java", "lights/Amqp.java",
                "lights/ChannelPatterns.java");
        // The only warning, for the role that subscribes to it: an MQTT topic level holding a parameter beside other
        // text (the address uses dots).
        assertThat(sources.warnings()).hasSize(role == Role.APPLICATION ? 1 : 0)
                .allSatisfy(warning -> assertThat(warning).asString().contains("MQTT's '+' fills whole levels"));
        assertThat(GeneratedFacadeTest.compile(out, classes)).isEmpty();
    }
}
