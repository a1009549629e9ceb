package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * oneOf over records, in a schema or in an operation's messages, becomes a sealed interface Jackson
 * decodes; JSON that fits no alternative (a newer server's) decodes to its Unknown alternative.
 */
class UnionGenerationTest {
  private static final String PACKAGE = "com.example.unions";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static SourceGenerator.Sources sources;
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile() {
    sources = GeneratedCode.generate(Path.of("src/test/resources/generate/unions.yaml"), PACKAGE);
    loader = GeneratedCode.compile(sources.files());
    // Deduction resolves the chosen type by class name; the test's classes live in their own loader.
    MAPPER.setTypeFactory(MAPPER.getTypeFactory().withClassLoader(loader));
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(PACKAGE + "." + simpleName);
  }

  @Test
  void messageOneOfDecodesByDeduction() throws Exception {
    Class<?> payload = type("ReceivePetPayload");
    assertTrue(payload.isSealed());
    assertEquals(type("Cat"), MAPPER.readValue("{\"meows\":true,\"name\":\"Tom\"}", payload).getClass());
    assertEquals(type("Dog"), MAPPER.readValue("{\"barks\":true}", payload).getClass());
  }

  @Test
  void alternativesStillDecodeOnTheirOwn() throws Exception {
    Object cat = MAPPER.readValue("{\"meows\":false}", type("Cat"));
    assertEquals(false, get(cat, "meows"));
    assertEquals("{\"meows\":false}", MAPPER.writeValueAsString(cat));
  }

  @Test
  void schemaOneOfWithADiscriminatorDecodesByName() throws Exception {
    Object bulb = MAPPER.readValue("{\"kind\":\"Bulb\",\"watts\":60}", type("Light"));
    assertEquals(type("Bulb"), bulb.getClass());
    assertEquals("{\"kind\":\"Bulb\",\"watts\":60}", MAPPER.writeValueAsString(bulb));
  }

  @Test
  void anUnknownDiscriminatorValueDecodesToTheUnknownAlternative() throws Exception {
    String candle = "{\"kind\":\"Candle\",\"wax\":\"soy\",\"hours\":[1,2]}";
    Object decoded = MAPPER.readValue(candle, type("Light"));
    assertEquals(type("UnknownLight"), decoded.getClass());
    assertEquals(Map.of("kind", "Candle", "wax", "soy", "hours", List.of(1, 2)), get(decoded, "properties"));
    assertEquals(MAPPER.readTree(candle), MAPPER.valueToTree(decoded));
    assertTrue(List.of(type("Light").getPermittedSubclasses()).contains(type("UnknownLight")),
        "the interface stays sealed, with the unknown alternative among its permitted types");
    assertEquals(type("UnknownLight"), MAPPER.readValue("{\"watts\":60}", type("Light")).getClass(),
        "no discriminator at all");
  }

  @Test
  void aMessageNoAlternativeFitsDecodesToTheUnknownAlternative() throws Exception {
    String parrot = "{\"talks\":true,\"words\":[\"hello\"]}";
    Object decoded = MAPPER.readValue(parrot, type("ReceivePetPayload"));
    assertEquals(type("UnknownReceivePetPayload"), decoded.getClass());
    assertEquals(MAPPER.readTree(parrot), MAPPER.valueToTree(decoded));
  }

  @Test
  void jsonThatFitsSeveralAlternativesDecodesToTheUnknownAlternative() throws Exception {
    assertEquals(type("Lamp"), MAPPER.readValue("{\"kind\":\"x\",\"lumens\":1}", type("Twin")).getClass());
    assertEquals(type("UnknownTwin"), MAPPER.readValue("{\"kind\":\"x\"}", type("Twin")).getClass());
  }

  @Test
  void unionsAndAllOfParentsLiveSideBySide() throws Exception {
    assertTrue(type("Fixture").isSealed());
    assertTrue(type("Fixture").isAssignableFrom(type("Sconce")));
    assertTrue(type("Light").isAssignableFrom(type("UnknownLight")));
  }

  @Test
  void closedEnumsKeepUnionsStrict() throws Exception {
    SourceGenerator.Sources closed = SourceGenerator.generate(
        ReadRequest.of(Path.of("src/test/resources/generate/unions.yaml")),
        GenerationOptions.forPackage(PACKAGE).withClosedEnums(true));
    assertFalse(closed.files().containsKey("com/example/unions/UnknownLight.java"));
    ClassLoader strict = GeneratedCode.compile(closed.files());
    ObjectMapper mapper = new ObjectMapper();
    mapper.setTypeFactory(mapper.getTypeFactory().withClassLoader(strict));
    assertThrows(InvalidTypeIdException.class,
        () -> mapper.readValue("{\"kind\":\"Candle\"}", strict.loadClass(PACKAGE + ".Light")));
  }

  @Test
  void anOperationsUnionNamesTheOperationAsCodeInItsJavadoc() {
    String union = sources.files().get("com/example/unions/ReceivePetPayload.java");
    assertTrue(union.contains(" * The payload of any message of operation {@code receivePet}.\n"), union);
  }

  @Test
  void channelsAreTypedWithTheUnion() {
    String channels = sources.files().get("com/example/unions/Channels.java");
    assertTrue(channels.contains("public static Channel<ReceivePetPayload> pets()"), channels);
    assertTrue(channels.contains("public static Channel<Light> lights()"), channels);
  }

  @Test
  void alternativesThatCannotBeToldApartAreAWarning() {
    List<String> warnings = sources.warnings().stream().map(Object::toString).toList();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("Twin: 'Lamp2' has no property that the other alternatives lack"),
        warnings.get(0));
  }
}
