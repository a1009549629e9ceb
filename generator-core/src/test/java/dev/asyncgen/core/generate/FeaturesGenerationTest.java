package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.asyncgen.core.SourceGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generation from a spec that packs the awkward cases: slash channels, fallback builder methods,
 * inline objects and enums, typed maps, allOf chains, interfaces used as types, recursion,
 * reserved words and name clashes.
 */
class FeaturesGenerationTest {
  private static final String PACKAGE = "com.example.features";
  private static final String USAGE = PACKAGE + ".FeaturesUsage";
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static SourceGenerator.Sources sources;
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile() {
    sources = GeneratedCode.generate(Path.of("src/test/resources/generate/features.yaml"), PACKAGE);
    loader = GeneratedCode.compile(sources.files(), "probes/com/example/features/FeaturesUsage.java");
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(PACKAGE + "." + simpleName);
  }

  @Test
  void unsupportedOneOfAndRenamedSchemasAreWarningsWithTheirPositions() {
    assertEquals(List.of("src/test/resources/generate/features.yaml:85:35: warning: 'not' is not supported:"
        + " generated types ignore it",
        "src/test/resources/generate/features.yaml:87:13: warning: oneOf is not supported yet:"
        + " 'choice' is typed as Object",
        "src/test/resources/generate/features.yaml:135:7: warning: schema 'Channel' would be the Java type Channel,"
        + " which is taken; it is generated as Channel2"), sources.warnings().stream().map(Object::toString).toList());
  }

  @Test
  void everyChannelParsesBackToAnEqualOne() throws Throwable {
    List<?> channels = (List<?>) call(loader, USAGE, "everyChannel");
    for (Object channel : channels) {
      assertEquals(Optional.of(channel), call(loader, PACKAGE + ".Channels", "parse", get(channel, "name")));
    }
    assertEquals(List.of("smartylighting/streetlights/1/0/event/s1/lighting/measured", "u1/signup", "rooms/r1",
        "rooms/r1/members", "rooms", "orders.o1-l1"), channels.stream().map(c -> {
          try {
            return get(c, "name");
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }).toList());
  }

  @Test
  void slashChannelParametersMayNotHoldASlash() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> call(loader, USAGE, "measured", "a/b"));
    assertEquals("channel parameter streetlightId must not be empty or contain '/': 'a/b'", e.getMessage());
  }

  @Test
  void dotsAreFineInSlashChannelParameters() throws Throwable {
    Object channel = call(loader, USAGE, "measured", "a.b");
    assertEquals(Map.of("streetlightId", "a.b"), get(channel, "parameters"));
  }

  @Test
  void anInterfaceUsedAsAValueTypeDecodesIntoItsDefaultRecord() throws Exception {
    Object animal = MAPPER.readValue("{\"name\":\"Rex\",\"class\":\"mammal\",\"hashCode\":7}", type("Animal"));
    assertEquals(PACKAGE + ".Animal$Default", animal.getClass().getName());
  }

  @Test
  void reservedWordsAndObjectMethodNamesAreRenamedButKeepTheirWireNames() throws Throwable {
    Object animal = MAPPER.readValue("{\"name\":\"Rex\",\"class\":\"mammal\",\"hashCode\":7}", type("Animal"));
    assertEquals("Rex,mammal,7", call(loader, USAGE, "renamedComponents", animal));
    assertEquals("{\"name\":\"Rex\",\"class\":\"mammal\",\"hashCode\":7}", MAPPER.writeValueAsString(animal));
  }

  @Test
  void allOfChainsFlattenIntoOneRecordThatIsEveryAncestor() throws Throwable {
    Object dog = MAPPER.readValue("{\"name\":\"Rex\",\"owner\":\"Kim\",\"goodBoy\":true}", type("Dog"));
    assertEquals(true, call(loader, USAGE, "dogIsAPetAndAnAnimal", dog));
    assertEquals("Kim", get(dog, "owner"));
  }

  @Test
  void requiredPrimitiveMissingFailsDecoding() {
    Exception e = assertThrows(Exception.class, () -> MAPPER.readValue("{\"name\":\"Rex\"}", type("Dog")));
    assertTrue(e.getMessage().contains("'goodBoy'"), e.getMessage());
  }

  @Test
  void enumConstantsForAwkwardValues() throws Throwable {
    assertEquals(List.of("mammal", "bird", "null-ish", ""), call(loader, USAGE, "kindValues"));
    assertEquals("_1ST", get(call(loader, USAGE, "unit", "1st"), "known").toString());
  }

  @Test
  void inlineObjectsTypedMapsAndFormats() throws Throwable {
    Object payload = MAPPER.readValue("""
        {"lumens": 3, "sentAt": "2026-01-02T03:04:05+01:00", "day": "2026-01-02",
         "source": "https://example.com/x", "ratio": 0.5, "location": {"lat": 1.5},
         "readings": [{"value": 2.0, "unit": "foot-candle"}, null], "labels": {"a": "b"}}
        """, type("MeasuredPayload"));
    assertEquals(3, call(loader, USAGE, "lumens", payload));
    assertTrue(sources.files().get("com/example/features/MeasuredPayload.java")
        .contains("@JsonProperty(\"version\") Long version"), "a const without a type takes the const's type");
    assertEquals(Map.of("a", "b"), call(loader, USAGE, "labels", payload));
    assertEquals(java.time.LocalDate.of(2026, 1, 2), get(payload, "day"));
    assertEquals(java.net.URI.create("https://example.com/x"), get(payload, "source"));
    Object withPicture = MAPPER.readValue("{\"lumens\":1,\"sentAt\":\"2026-01-02T03:04:05Z\",\"picture\":\"AQID\"}",
        type("MeasuredPayload"));
    assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), toList((byte[]) get(withPicture, "picture")));
    List<?> readings = (List<?>) get(payload, "readings");
    assertEquals(2, readings.size());
    assertEquals(null, readings.get(1));
    assertEquals("2026-01-02", MAPPER.valueToTree(payload).get("day").asText(), "written as ISO, not [2026,1,2]");
  }

  private static List<Byte> toList(byte[] bytes) {
    List<Byte> list = new java.util.ArrayList<>();
    for (byte b : bytes) {
      list.add(b);
    }
    return list;
  }

  @Test
  void recursiveSchemasAreRecursiveTypes() throws Throwable {
    Object node = MAPPER.readValue("{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[]}]}", type("Node"));
    List<?> children = (List<?>) call(loader, USAGE, "children", node);
    assertEquals("b", get(children.get(0), "name"));
  }

  @Test
  void clashingPropertyNamesKeepTheExactOneForThePlainName() throws Throwable {
    Object tagged = MAPPER.readValue("{\"id\":\"plain\",\"$id\":\"dollar\"}", type("Tagged"));
    assertEquals("plain,dollar", call(loader, USAGE, "taggedIds", tagged));
  }

  @Test
  void additionalPropertiesFalseRejectsUnknownProperties() {
    assertThrows(UnrecognizedPropertyException.class,
        () -> MAPPER.readValue("{\"id\":\"x\",\"other\":1}", type("Tagged")));
  }
}
