package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.TypeFactory;

/**
 * The generated models, unchanged, under Jackson 3 ({@code tools.jackson}): the spec's examples, date-times, open
 * enums, additional properties, an allOf interface used as a type, and oneOf unions with their Unknown alternative.
 * Jackson 3 reads only jackson-annotations here; a databind annotation of Jackson 2 would be silently ignored.
 */
class Jackson3ModelsTest {
  /** Jackson 2, as the README shows it: only to write the examples as JSON and to compare trees. */
  private static final ObjectMapper JACKSON2 = new ObjectMapper().findAndRegisterModules();
  private static ClassLoader appwrite;
  private static ClassLoader features;
  private static ClassLoader unions;

  @BeforeAll
  static void compileGeneratedCode() {
    appwrite = GeneratedCode.compile(GeneratedCode.appwrite().files());
    features = GeneratedCode.compile(
        GeneratedCode.generate(Path.of("src/test/resources/generate/features.yaml"), "com.example.features").files());
    unions = GeneratedCode.compile(
        GeneratedCode.generate(Path.of("src/test/resources/generate/unions.yaml"), "com.example.unions").files());
  }

  /** Jackson 3 with its defaults; deduction and type ids resolve classes through the generated code's loader. */
  private static JsonMapper jackson3(ClassLoader loader) {
    return JsonMapper.builder().typeFactory(TypeFactory.createDefaultInstance().withClassLoader(loader)).build();
  }

  /** What the mapper writes, read back: numbers compare by what JSON has, not by the Java type that held them. */
  private static JsonNode written(JsonMapper mapper, Object value) {
    return mapper.readTree(mapper.writeValueAsString(value));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.asyncgen.core.generate.AppwriteJacksonTest#examples")
  void everyAppwriteExampleRoundTrips(String example, String payloadType, Object payload) throws Exception {
    JsonMapper mapper = jackson3(appwrite);
    String original = JACKSON2.writeValueAsString(AppwriteJacksonTest.corrected(example, payload));
    Object decoded = mapper.readValue(original, appwrite.loadClass("io.appwrite.realtime." + payloadType));
    String written = mapper.writeValueAsString(decoded);
    assertEquals(AppwriteJacksonTest.normalizeDateTimes(JACKSON2.readTree(original)),
        AppwriteJacksonTest.normalizeDateTimes(JACKSON2.readTree(written)));
    assertTrue(mapper.readTree(written).get("timestamp").isString(), "ISO-8601 text: " + written);
  }

  private static final String DOCUMENT_ENVELOPE = """
      {"events": ["databases.db1.collections.c1.documents.d1.create"],
       "channels": ["databases.db1.collections.c1.documents"],
       "timestamp": "2026-05-29T12:34:56.000+02:00",
       "payload": {"$id": "d1", "$createdAt": "2026-05-29T12:34:56.000+00:00", "title": "Hello",
                   "tags": ["a", null], "zeta": 1, "alpha": 2}}
      """;

  @Test
  void dateTimesKeepTheirOffsetWhenTheMapperDoesNotAdjustThem() throws Exception {
    JsonMapper mapper = jackson3(appwrite).rebuild().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
    Object envelope = mapper.readValue(DOCUMENT_ENVELOPE, appwrite.loadClass("io.appwrite.realtime.DocumentEnvelope"));
    assertEquals(OffsetDateTime.parse("2026-05-29T12:34:56+02:00"), get(envelope, "timestamp"));
    assertEquals("2026-05-29T12:34:56+02:00", mapper.valueToTree(envelope).get("timestamp").stringValue());
  }

  @Test
  void additionalPropertiesAreKeptAndWrittenBackFlat() throws Exception {
    JsonMapper mapper = jackson3(appwrite);
    Object envelope = mapper.readValue(DOCUMENT_ENVELOPE, appwrite.loadClass("io.appwrite.realtime.DocumentEnvelope"));
    Map<?, ?> extra = (Map<?, ?>) get(get(envelope, "payload"), "additionalProperties");
    // Not in the order received: Jackson 3.1 hands a creator's any-setter map over reversed (2.x keeps the order).
    assertEquals(Set.of("title", "tags", "zeta", "alpha"), extra.keySet());
    assertEquals(Arrays.asList("a", null), extra.get("tags"));
    JsonNode written = written(mapper, envelope).get("payload");
    JsonNode received = mapper.readTree(DOCUMENT_ENVELOPE).get("payload");
    for (String name : List.of("title", "tags", "zeta", "alpha")) {
      assertEquals(received.get(name), written.get(name), name);
    }
    assertNull(written.get("additionalProperties"), written.toString());
  }

  @Test
  void anOpenEnumKeepsAValueTheSpecDoesNotList() throws Exception {
    JsonMapper mapper = jackson3(appwrite);
    String execution = """
        {"events": [], "channels": [], "timestamp": "2026-05-29T12:34:56Z",
         "payload": {"$id": "ex1", "functionId": "fn1", "$createdAt": "2026-05-29T12:34:56Z",
                     "$updatedAt": "2026-05-29T12:34:56Z", "trigger": "schedule", "status": "scheduled"}}
        """;
    Object envelope = mapper.readValue(execution, appwrite.loadClass("io.appwrite.realtime.ExecutionEnvelope"));
    Object status = get(get(envelope, "payload"), "status");
    assertEquals(false, get(status, "isKnown"));
    assertEquals("scheduled", mapper.valueToTree(envelope).get("payload").get("status").stringValue());
    Object known = mapper.readValue(execution.replace("scheduled\"}", "completed\"}"),
        appwrite.loadClass("io.appwrite.realtime.ExecutionEnvelope"));
    assertEquals("COMPLETED", get(get(get(known, "payload"), "status"), "known").toString());
  }

  @Test
  void anAllOfInterfaceUsedAsATypeDecodesIntoItsDefaultRecord() throws Exception {
    JsonMapper mapper = jackson3(features);
    String json = "{\"name\":\"Rex\",\"class\":\"mammal\",\"hashCode\":7}";
    Object animal = mapper.readValue(json, features.loadClass("com.example.features.Animal"));
    assertEquals("com.example.features.Animal$Default", animal.getClass().getName());
    assertEquals(mapper.readTree(json), written(mapper, animal));
    Object dog = mapper.readValue("{\"name\":\"Rex\",\"owner\":\"Kim\",\"goodBoy\":true}",
        features.loadClass("com.example.features.Dog"));
    assertEquals("com.example.features.Dog", dog.getClass().getName(), "the interface's creator is not inherited");
    assertTrue(features.loadClass("com.example.features.Animal").isInstance(dog));
  }

  @Test
  void oneOfUnionsDecodeByDeductionAndByDiscriminator() throws Exception {
    JsonMapper mapper = jackson3(unions);
    assertEquals(unions.loadClass("com.example.unions.Cat"),
        mapper.readValue("{\"meows\":true,\"name\":\"Tom\"}", unions.loadClass("com.example.unions.ReceivePetPayload"))
            .getClass());
    Object bulb = mapper.readValue("{\"kind\":\"Bulb\",\"watts\":60}", unions.loadClass("com.example.unions.Light"));
    assertEquals(unions.loadClass("com.example.unions.Bulb"), bulb.getClass());
    assertEquals(mapper.readTree("{\"kind\":\"Bulb\",\"watts\":60}"), written(mapper, bulb));
  }

  @Test
  void jsonNoAlternativeFitsDecodesToTheUnknownAlternativeAndIsWrittenBack() throws Exception {
    JsonMapper mapper = jackson3(unions);
    String candle = "{\"kind\":\"Candle\",\"wax\":\"soy\",\"hours\":[1,2]}";
    Object light = mapper.readValue(candle, unions.loadClass("com.example.unions.Light"));
    assertEquals(unions.loadClass("com.example.unions.UnknownLight"), light.getClass());
    assertEquals(mapper.readTree(candle), written(mapper, light));
    String parrot = "{\"talks\":true,\"words\":[\"hello\"]}";
    Object pet = mapper.readValue(parrot, unions.loadClass("com.example.unions.ReceivePetPayload"));
    assertEquals(unions.loadClass("com.example.unions.UnknownReceivePetPayload"), pet.getClass());
    assertEquals(mapper.readTree(parrot), written(mapper, pet));
  }
}
