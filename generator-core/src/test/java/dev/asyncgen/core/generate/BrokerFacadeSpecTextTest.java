package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec text reaches the broker facades through the one escaping path: a channel id holding a bidirectional override
 * (Trojan Source) is written escaped in every facade, never as the raw character.
 */
class BrokerFacadeSpecTextTest {
  private static final String OVERRIDE = "\u202E";

  @TempDir Path dir;

  @Test
  void aChannelIdWithABidiOverrideIsEscapedInEveryFacade() throws Exception {
    String document = """
        {"asyncapi": "3.0.0", "info": {"title": "t", "version": "1"},
         "servers": {"k": {"host": "localhost:9092", "protocol": "kafka"},
                     "m": {"host": "localhost:1883", "protocol": "mqtt"},
                     "a": {"host": "localhost:5672", "protocol": "amqp"}},
         "channels": {"lights%s": {"address": "lights", "messages": {"m": {"payload": {"type": "string"}}}}},
         "operations": {"send": {"action": "send", "channel": {"$ref": "#/channels/lights%s"}}}}
        """.formatted(OVERRIDE, OVERRIDE);

    Path spec = java.nio.file.Files.writeString(dir.resolve("trojan.json"), document);
    Map<String, String> files = SourceGenerator.generate(ReadRequest.of(spec),
        GenerationOptions.forPackage("p").withBindings(BrokerProtocol.parse("kafka,mqtt,amqp"))).files();

    assertThat(files).containsKeys("p/Kafka.java", "p/Mqtt.java", "p/Amqp.java");
    for (String facade : new String[] {"p/Kafka.java", "p/Mqtt.java", "p/Amqp.java"}) {
      assertThat(files.get(facade)).as(facade).doesNotContain(OVERRIDE).contains("lights\\u202e");
    }
  }
}
