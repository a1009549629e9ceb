package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.MessageExample;
import dev.asyncgen.core.model.ReferenceSchema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Jackson decodes the spec's own examples into the generated records and writes them back unchanged. */
class AppwriteJacksonTest {
  /** As the README shows it: a mapper with the modules on the classpath, defaults otherwise. */
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static ClassLoader loader;

  @BeforeAll
  static void compileGeneratedCode() {
    loader = GeneratedCode.compile(GeneratedCode.appwrite().files(), "probes/io/appwrite/realtime/AppwriteUsage.java");
  }

  static Stream<Arguments> examples() {
    AsyncApi api = SpecReader.read(ReadRequest.of(GeneratedCode.APPWRITE)).api();
    List<Arguments> examples = new ArrayList<>();
    for (Message message : api.messages().values()) {
      String payloadType = ((ReferenceSchema) message.payload()).name();
      for (MessageExample example : message.examples()) {
        examples.add(Arguments.of(message.key() + "/" + example.name(), payloadType, example.payload()));
      }
    }
    assertEquals(6, examples.size());
    return examples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleRoundTrips(String example, String payloadType, Object payload) throws Exception {
    JsonNode original = MAPPER.valueToTree(corrected(example, payload));
    Object decoded = MAPPER.treeToValue(original, type(payloadType));
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(decoded));
    assertEquals(normalizeDateTimes(original), normalizeDateTimes(written));
    assertTrue(written.get("timestamp").isTextual(), "timestamps are written as ISO-8601 strings: " + written);
  }

  /**
   * The upstream AccountEvent example writes {@code email: [email protected]}, which YAML reads
   * as a one-element list; the schema says string. This is the corrected copy the test decodes.
   */
  @SuppressWarnings("unchecked")
  static Object corrected(String example, Object payload) {
    if (!example.equals("AccountEvent/accountUpdateName")) {
      return payload;
    }
    Map<String, Object> envelope = new LinkedHashMap<>((Map<String, Object>) payload);
    Map<String, Object> account = new LinkedHashMap<>((Map<String, Object>) envelope.get("payload"));
    assertInstanceOf(List.class, account.get("email"), "the upstream flaw is gone: drop this correction");
    account.put("email", "kin@example.com");
    envelope.put("payload", account);
    return envelope;
  }

  /**
   * Date-times are compared as points in time with their offset ({@code .000+00:00} and {@code Z}
   * are the same), numbers by value whatever Java type held them.
   */
  static JsonNode normalizeDateTimes(JsonNode node) {
    if (node.isNumber()) {
      return JsonNodeFactory.instance.numberNode(node.decimalValue().stripTrailingZeros());
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(e -> copy.set(e.getKey(), normalizeDateTimes(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      var copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(normalizeDateTimes(item)));
      return copy;
    }
    if (node.isTextual() && node.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
      return JsonNodeFactory.instance.textNode(OffsetDateTime.parse(node.asText()).toString());
    }
    return node;
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(GeneratedCode.APPWRITE_PACKAGE + "." + simpleName);
  }

  private static ObjectNode documentEnvelope() throws Exception {
    return (ObjectNode) MAPPER.readTree("""
        {"events": ["databases.db1.collections.c1.documents.d1.create",
                    "databases.*.collections.*.documents.*.create", "users.*"],
         "channels": ["databases.db1.collections.c1.documents"],
         "timestamp": "2026-05-29T12:34:56.000+02:00",
         "payload": {"$id": "d1", "$createdAt": "2026-05-29T12:34:56.000+00:00", "title": "Hello",
                     "tags": ["a", null]}}
        """);
  }

  @Test
  void dollarPropertiesBecomePlainAccessors() throws Exception {
    Object envelope = MAPPER.treeToValue(documentEnvelope(), type("DocumentEnvelope"));
    Object document = get(envelope, "payload");
    assertEquals("d1", get(document, "id"));
    assertEquals(OffsetDateTime.parse("2026-05-29T12:34:56Z"), get(document, "createdAt"));
  }

  @Test
  void dateTimesKeepTheOffsetTheServerSent() throws Exception {
    Object envelope = MAPPER.treeToValue(documentEnvelope(), type("DocumentEnvelope"));
    assertEquals(OffsetDateTime.parse("2026-05-29T12:34:56+02:00"), get(envelope, "timestamp"));
  }

  @Test
  void additionalPropertiesAreKeptAndWrittenBackFlat() throws Exception {
    ObjectNode json = documentEnvelope();
    Object envelope = MAPPER.treeToValue(json, type("DocumentEnvelope"));
    Map<?, ?> extra = (Map<?, ?>) get(get(envelope, "payload"), "additionalProperties");
    assertEquals(List.of("title", "tags"), List.copyOf(extra.keySet()));
    assertEquals(java.util.Arrays.asList("a", null), extra.get("tags"));
    JsonNode written = MAPPER.valueToTree(envelope);
    assertEquals(json.get("payload").get("title"), written.get("payload").get("title"));
    assertEquals(json.get("payload").get("tags"), written.get("payload").get("tags"));
    assertTrue(written.get("payload").get("additionalProperties") == null, written.toString());
  }

  @Test
  void eventsStayAsReceivedWithTheTypedViewBeside() throws Throwable {
    Object envelope = MAPPER.treeToValue(documentEnvelope(), type("DocumentEnvelope"));
    assertEquals(documentEnvelope().get("events").size(), ((List<?>) get(envelope, "events")).size());
    Set<?> types = (Set<?>) call(loader, "io.appwrite.realtime.AppwriteUsage", "eventTypes", envelope);
    assertEquals("[DATABASES_COLLECTIONS_DOCUMENTS_CREATE]", types.toString());
    assertTrue(MAPPER.valueToTree(envelope).get("eventTypes") == null, "the view is not serialized");
  }

  @Test
  void nullsInsideListsSurviveARoundTrip() throws Exception {
    ObjectNode json = documentEnvelope();
    json.withArray("channels").addNull();
    Object envelope = MAPPER.treeToValue(json, type("DocumentEnvelope"));
    assertEquals(json.get("channels"), MAPPER.valueToTree(envelope).get("channels"));
  }

  @Test
  void missingRequiredPropertyFailsNamingIt() throws Exception {
    ObjectNode json = documentEnvelope();
    json.remove("payload");
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> MAPPER.treeToValue(json, type("DocumentEnvelope")));
    assertTrue(e.getMessage().contains("'payload'"), e.getMessage());
  }

  @Test
  void requiredPropertiesAreCheckedOnConstructionToo() throws Exception {
    var constructor = type("DocumentEnvelope").getConstructors()[0];
    Exception e = assertThrows(Exception.class, () -> constructor.newInstance(List.of(), List.of(),
        OffsetDateTime.now(), null));
    assertEquals("payload is required", e.getCause().getMessage());
  }

  @Test
  void unknownPropertiesAreIgnoredWhereTheSchemaDoesNotForbidThem() throws Exception {
    ObjectNode json = documentEnvelope();
    json.putArray("subscriptions").add("s1");
    Object envelope = MAPPER.treeToValue(json, type("DocumentEnvelope"));
    assertEquals("d1", get(get(envelope, "payload"), "id"));
  }

  @Test
  void envelopesAreEnvelopes() throws Throwable {
    Object envelope = MAPPER.treeToValue(documentEnvelope(), type("DocumentEnvelope"));
    Object asEnvelope = call(loader, "io.appwrite.realtime.AppwriteUsage", "asEnvelope", envelope);
    assertTrue(type("Envelope").isInstance(asEnvelope));
    assertTrue(type("Envelope").isSealed());
  }
}
