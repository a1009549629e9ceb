package dev.asyncgen.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Any value in any AMQP binding field, at every level, in both roles, with the Amqp facade the only one: generation
 * ends in an {@code Amqp.java} or in a spec error, never in another exception.
 */
class AmqpBindingValuesProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("is", "exchange", "queue", "deliveryMode", "mandatory",
            "priority", "expiration", "ack", "cc", "bcc", "replyTo", "timestamp", "userId", "contentEncoding",
            "messageType", "bindingVersion", "name", "type", "durable", "autoDelete", "vhost", "exclusive", "x-odd");

    @Property(tries = 80)
    void anyAmqpBindingValueEndsInAFacadeOrASpecError(@ForAll("bindings") Map<String, Object> server,
            @ForAll("bindings") Map<String, Object> channel, @ForAll("bindings") Map<String, Object> operation,
            @ForAll("bindings") Map<String, Object> message, @ForAll boolean application) throws Exception {
        Path spec = Files.createTempFile("amqp-bindings-", ".json");
        try {
            Files.writeString(spec, JSON.writeValueAsString(document(server, channel, operation, message)));
            SourceGenerator.Sources sources = SourceGenerator.generate(ReadRequest.of(spec),
                    GenerationOptions.forPackage("p").withBindings(BrokerProtocol.parse("amqp"))
                            .withRole(application ? Role.APPLICATION : Role.CLIENT));
            assertThat(sources.files()).containsKey("p/Amqp.java");
            Statistics.collect("facade");
        } catch (SpecException refused) {
            assertThat(refused.diagnostics()).isNotEmpty();
            Statistics.collect("spec error");
        } finally {
            Files.deleteIfExists(spec);
        }
        Statistics.coverage(coverage -> coverage.check("facade").count(count -> count >= 10));
    }

    @Provide
    Arbitrary<Map<String, Object>> bindings() {
        Arbitrary<Map<String, Object>> fields = Arbitraries.maps(Arbitraries.of(FIELDS), values()).ofMaxSize(4)
                .map(LinkedHashMap::new);
        return fields.map(amqp -> Map.of("amqp", amqp));
    }

    private static Arbitrary<Object> values() {
        Arbitrary<Object> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(s -> s),
                Arbitraries.of("", "queue", "routingKey", "topic", "fanout", "default", "headers", "a.b", "*", "#",
                        "\u0000", "x".repeat(300)).map(s -> s),
                Arbitraries.integers().between(-3, 300).map(i -> i),
                Arbitraries.longs().map(l -> l),
                Arbitraries.of(true, false).map(b -> b),
                Arbitraries.doubles().between(-1e3, 1e3).map(d -> d),
                Arbitraries.just(null));
        Arbitrary<Object> nested = Arbitraries.maps(
                Arbitraries.of("name", "type", "durable", "autoDelete", "exclusive", "vhost", "x"), scalar)
                .ofMaxSize(4).map(m -> m);
        return Arbitraries.oneOf(scalar, nested, scalar.list().ofMaxSize(3).map(l -> l));
    }

    private static Map<String, Object> document(Map<String, Object> serverBindings,
            Map<String, Object> channelBindings, Map<String, Object> operationBindings,
            Map<String, Object> messageBindings) {
        Map<String, Object> message = Map.of("name", "Reading", "payload", Map.of("type", "object",
                "properties", Map.of("n", Map.of("type", "integer"))), "bindings", messageBindings);
        Map<String, Object> channels = new LinkedHashMap<>();
        channels.put("lights", Map.of("address", "lights.{id}", "parameters", Map.of("id", Map.of()),
                "messages", Map.of("reading", message), "bindings", channelBindings));
        channels.put("status", Map.of("address", "status", "messages", Map.of("status", message),
                "bindings", channelBindings));
        Map<String, Object> operations = new LinkedHashMap<>();
        operations.put("receiveReading", Map.of("action", "receive", "channel", Map.of("$ref", "#/channels/lights"),
                "bindings", operationBindings));
        operations.put("sendStatus", Map.of("action", "send", "channel", Map.of("$ref", "#/channels/status"),
                "bindings", operationBindings));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asyncapi", "3.0.0");
        document.put("info", Map.of("title", "Lights", "version", "1"));
        document.put("servers", Map.of("amqp", Map.of("host", "localhost:5672", "protocol", "amqp",
                "bindings", serverBindings)));
        document.put("channels", channels);
        document.put("operations", operations);
        return document;
    }
}
