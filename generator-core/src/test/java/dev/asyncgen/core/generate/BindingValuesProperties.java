package dev.asyncgen.core.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any value in any Kafka, MQTT or AMQP binding field, at every level (server, channel, operation, message), in both
 * roles: generation ends in files or in a spec error, never in another exception. What each facade makes of a value
 * is its own module's test; this is the generator's side.
 */
class BindingValuesProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS = List.of("topic", "partitions", "replicas", "topicConfiguration", "key",
      "groupId", "clientId", "schemaRegistryUrl", "schemaRegistryVendor", "qos", "retain", "cleanSession",
      "keepAlive", "lastWill", "messageExpiryInterval", "contentType", "responseTopic", "correlationData", "is",
      "exchange", "queue", "deliveryMode", "mandatory", "priority", "expiration", "ack", "cc", "bcc", "replyTo",
      "timestamp", "userId", "contentEncoding", "messageType", "bindingVersion", "name", "type", "durable",
      "autoDelete", "vhost", "exclusive", "enum", "x-odd", "");

  @Property(tries = 60)
  void anyBindingValueEndsInFilesOrASpecError(@ForAll("bindings") Map<String, Object> server,
      @ForAll("bindings") Map<String, Object> channel, @ForAll("bindings") Map<String, Object> operation,
      @ForAll("bindings") Map<String, Object> message, @ForAll boolean application) throws Exception {
    String document = JSON.writeValueAsString(document(server, channel, operation, message));
    GeneratedCode.generateOrNull(document, GenerationOptions.forPackage("p")
        .withBindings(BrokerProtocol.parse("kafka,mqtt,amqp"))
        .withRole(application ? Role.APPLICATION : Role.CLIENT));
    // Most documents must get through: a facade that refused everything would pass the property untested.
    net.jqwik.api.statistics.Statistics.coverage(coverage -> coverage.check("generated").percentage(p -> p > 30));
  }

  /** A consumer group binding listing ten thousand ids: the first is the default, and nothing slows down or breaks. */
  @net.jqwik.api.Example
  void aHugeEnumOfGroupIdsGivesTheFirstAsTheDefault() throws Exception {
    List<String> ids = java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> "group-" + i).toList();
    Map<String, Object> kafka = Map.of("kafka", Map.of("groupId", Map.of("type", "string", "enum", ids)));
    String document = JSON.writeValueAsString(document(Map.of(), Map.of(), kafka, Map.of()));
    Map<String, String> files = GeneratedCode.generateOrNull(document, GenerationOptions.forPackage("p")
        .withBindings(BrokerProtocol.parse("kafka")).withRole(Role.APPLICATION));

    org.assertj.core.api.Assertions.assertThat(files).isNotNull();
    org.assertj.core.api.Assertions.assertThat(files.get("p/Kafka.java")).contains("\"group-0\"")
        .doesNotContain("\"group-1\"");
  }

  /** One binding object per protocol, each with a few fields of any value. */
  @Provide
  Arbitrary<Map<String, Object>> bindings() {
    Arbitrary<Map<String, Object>> fields = Arbitraries.maps(Arbitraries.of(FIELDS), values()).ofMaxSize(4);
    return Arbitraries.maps(Arbitraries.of("kafka", "mqtt", "amqp", "ws"), Arbitraries.oneOf(fields.map(m -> m),
        values())).ofMaxSize(3).map(LinkedHashMap::new);
  }

  private static Arbitrary<Object> values() {
    Arbitrary<Object> scalar = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(s -> s),
        Arbitraries.of("", "a/b", "+", "#", "*", "a.b", "{id}", "..", "\u0000", "é", "x".repeat(300)).map(s -> s),
        Arbitraries.integers().between(-3, 300).map(i -> i),
        Arbitraries.longs().map(l -> l),
        Arbitraries.of(true, false).map(b -> b),
        Arbitraries.doubles().between(-1e3, 1e3).map(d -> d),
        Arbitraries.just(null));
    Arbitrary<Object> enumSchema = Arbitraries.strings().ofMaxLength(6).list().ofMaxSize(40)
        .map(values -> Map.of("type", "string", "enum", values));
    Arbitrary<Object> nested = Arbitraries.maps(Arbitraries.of("name", "type", "durable", "enum", "x"), scalar)
        .ofMaxSize(3).map(m -> m);
    return Arbitraries.oneOf(scalar, enumSchema, nested, scalar.list().ofMaxSize(3).map(l -> l));
  }

  private static Map<String, Object> document(Map<String, Object> serverBindings,
      Map<String, Object> channelBindings, Map<String, Object> operationBindings, Map<String, Object> messageBindings) {
    Map<String, Object> servers = new LinkedHashMap<>();
    servers.put("kafka", Map.of("host", "localhost:9092", "protocol", "kafka", "bindings", serverBindings));
    servers.put("mqtt", Map.of("host", "localhost:1883", "protocol", "mqtt", "bindings", serverBindings));
    servers.put("amqp", Map.of("host", "localhost:5672", "protocol", "amqp", "bindings", serverBindings));
    Map<String, Object> message = Map.of("payload", Map.of("type", "object",
        "properties", Map.of("n", Map.of("type", "integer"))), "bindings", messageBindings);
    Map<String, Object> channels = new LinkedHashMap<>();
    channels.put("lights", Map.of("address", "lights/{id}", "parameters", Map.of("id", Map.of()),
        "messages", Map.of("reading", message), "bindings", channelBindings));
    channels.put("status", Map.of("address", "status", "messages", Map.of("status", message)));
    Map<String, Object> operations = new LinkedHashMap<>();
    operations.put("receiveReading", Map.of("action", "receive", "channel", Map.of("$ref", "#/channels/lights"),
        "bindings", operationBindings));
    operations.put("sendStatus", Map.of("action", "send", "channel", Map.of("$ref", "#/channels/status"),
        "bindings", operationBindings));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("asyncapi", "3.0.0");
    document.put("info", Map.of("title", "Lights", "version", "1"));
    document.put("servers", servers);
    document.put("channels", channels);
    document.put("operations", operations);
    return document;
  }
}
