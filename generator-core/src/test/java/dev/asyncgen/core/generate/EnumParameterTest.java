package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A channel parameter that lists its values is an enum argument of the builder: {@code
 * Channels.lights(Room.KITCHEN)} is {@code lights.kitchen}. The same from AsyncAPI 2.6 (a parameter
 * {@code schema} with an {@code enum}, or a {@code $ref} to a named enum) and 3.0 (a parameter
 * {@code enum}).
 */
class EnumParameterTest {
  private static final String CHANNELS = SmartHome.PACKAGE + ".Channels";
  private static final Map<SmartHome, ClassLoader> OPEN = new EnumMap<>(SmartHome.class);
  private static final Map<SmartHome, ClassLoader> CLOSED = new EnumMap<>(SmartHome.class);

  @TempDir
  static Path dir;

  @BeforeAll
  static void compileBothVersionsBothWays() {
    for (SmartHome spec : SmartHome.values()) {
      OPEN.put(spec, spec.compile(false));
      CLOSED.put(spec, spec.compile(true));
    }
  }

  @ParameterizedTest
  @EnumSource(SmartHome.class)
  void theBuilderTakesTheEnumAndNamesTheChannelWithItsWireValue(SmartHome spec) throws Throwable {
    for (ClassLoader loader : new ClassLoader[] {OPEN.get(spec), CLOSED.get(spec)}) {
      Class<?> room = loader.loadClass(SmartHome.PACKAGE + ".Room");
      assertEquals(room, loader.loadClass(CHANNELS).getMethod("lights", room).getParameterTypes()[0]);
      Object channel = call(loader, CHANNELS, "lights", constant(loader, "Room", "LIVING_ROOM"));
      assertEquals("lights.living-room", get(channel, "name"));
      assertEquals(Map.of("room", "living-room"), get(channel, "parameters"));
      Object bulb = call(loader, CHANNELS, "lights", constant(loader, "Room", "KITCHEN"), "b1");
      assertEquals("lights.kitchen.b1", get(bulb, "name"));
      // A step class holds the enum, and makes the name from its value.
      Object floors = call(loader, CHANNELS, "floors", constant(loader, "Floor", "FIRST"));
      assertEquals("floors/first/temperature", get(get(floors, "temperature"), "name"));
    }
  }

  /** The 2.x spec declares room twice (inline and through components) and refers to the schema Floor. */
  @Test
  void equalParametersShareOneEnumAndAReferenceUsesTheSchemasEnum() {
    assertEquals(Set.of(SmartHome.PACKAGE + ".Channel", SmartHome.PACKAGE + ".Channels",
            SmartHome.PACKAGE + ".Floor", SmartHome.PACKAGE + ".LightPayload", SmartHome.PACKAGE + ".Room",
            SmartHome.PACKAGE + ".TemperaturePayload"),
        GeneratedCode.fileTypes(SmartHome.V2.generate(false).files()));
  }

  /** Header aside; Floor differs only in its Javadoc, a schema in 2.x and a parameter's enum in 3.x. */
  @Test
  void bothVersionsGenerateTheSameChannelsAndParameterEnum() {
    Map<String, String> v2 = SmartHome.V2.generate(false).files();
    Map<String, String> v3 = SmartHome.V3.generate(false).files();
    for (String type : new String[] {"Channels", "Room"}) {
      String path = "com/example/home/" + type + ".java";
      assertEquals(withoutHeader(v2.get(path)), withoutHeader(v3.get(path)), path);
    }
  }

  @ParameterizedTest
  @EnumSource(SmartHome.class)
  void parseKeepsAnUnknownValueOfAnOpenEnum(SmartHome spec) throws Throwable {
    ClassLoader loader = OPEN.get(spec);
    Object channel = parse(loader, "lights.garage").orElseThrow();
    assertEquals(Map.of("room", "garage"), get(channel, "parameters"));
    Object garage = call(loader, SmartHome.PACKAGE + ".Room", "of", "garage");
    assertEquals(false, get(garage, "isKnown"));
    assertEquals(channel, call(loader, CHANNELS, "lights", garage));
  }

  /** A closed enum says which names exist: another value is no channel, and parse does not throw. */
  @ParameterizedTest
  @EnumSource(SmartHome.class)
  void parseFindsNoChannelForAValueAClosedEnumDoesNotList(SmartHome spec) throws Throwable {
    ClassLoader loader = CLOSED.get(spec);
    assertEquals(Optional.empty(), parse(loader, "lights.garage"));
    assertEquals(Optional.empty(), parse(loader, "lights.garage.b1"));
    assertEquals(Optional.empty(), parse(loader, "lights.kitchenette"));
    assertEquals(Optional.empty(), parse(loader, "floors/attic/temperature"));
    assertEquals(Map.of("room", "hall", "bulb", "b1"), get(parse(loader, "lights.hall.b1").orElseThrow(),
        "parameters"));
    assertEquals(Map.of("floor", "ground"), get(parse(loader, "floors/ground/temperature").orElseThrow(),
        "parameters"));
  }

  @ParameterizedTest
  @EnumSource(SmartHome.class)
  void theDefaultIsInTheJavadocOfTheBuilderAndOfTheEnum(SmartHome spec) {
    Map<String, String> files = spec.generate(false).files();
    assertThat(files.get("com/example/home/Channels.java"))
        .contains("     * <p>Channel {@code lights.{room}}.\n"
            + "     *\n"
            + "     * <p>The spec's default for {@code room} is {@link Room#KITCHEN}.\n"
            + "     */\n"
            + "    public static Channel<LightPayload> lights(Room room) {\n");
    assertThat(files.get("com/example/home/Room.java"))
        .contains(" * The room the lights are in.\n"
            + " *\n"
            + " * The values of the channel parameter {@code room}. Its default is {@code kitchen}.\n");
  }

  @ParameterizedTest
  @EnumSource(SmartHome.class)
  void anArgumentThatIsNoSegmentIsRefused(SmartHome spec) throws Throwable {
    ClassLoader open = OPEN.get(spec);
    NullPointerException missing = assertThrows(NullPointerException.class,
        () -> call(open, CHANNELS, "lights", (Object) null));
    assertEquals("room", missing.getMessage());
    Object dotted = call(open, SmartHome.PACKAGE + ".Room", "of", "a.b");
    assertThrows(IllegalArgumentException.class, () -> call(open, CHANNELS, "lights", dotted));
    for (ClassLoader loader : new ClassLoader[] {open, CLOSED.get(spec)}) {
      Object attic = constant(loader, "Floor", "ATTIC_LOFT");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> call(loader, CHANNELS, "floors", attic));
      assertEquals("channel parameter floor must not be empty or contain '/': 'attic/loft'", e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(SmartHome.class)
  void aListedValueThatCannotBeASegmentIsAWarningAtTheParameter(SmartHome spec) {
    SourceGenerator.Sources sources = spec.generate(false);
    assertThat(sources.warnings()).extracting(Diagnostic::message).containsExactly(
        "parameter 'floor' lists the value 'attic/loft', which cannot be a segment of channel"
            + " 'floors/{floor}/temperature' (it is empty or contains '/'): the channel builder refuses it, and parse"
            + " never reads it");
    assertEquals(spec == SmartHome.V2 ? 31 : 30, sources.warnings().get(0).position().line());
  }

  /**
   * Parameter enums are named after the parameter once schemas have their names: a schema Room
   * keeps its name. Two parameters of one name listing different values get two enums.
   */
  @Test
  void parameterEnumsYieldToSchemaNames() throws IOException {
    Path spec = dir.resolve("clash.yaml");
    Files.writeString(spec, """
        asyncapi: 3.0.0
        info: {title: clash, version: '1'}
        channels:
          lights:
            address: lights.{room}
            parameters:
              room: {enum: [kitchen, hall]}
          doors:
            address: doors.{room}
            parameters:
              room: {enum: [hall, cellar]}
          sameAsLights:
            address: lamps.{room}
            parameters:
              room: {enum: [kitchen, hall]}
        components:
          schemas:
            Room:
              type: object
              properties:
                name: {type: string}
        """);
    SourceGenerator.Sources sources = GeneratedCode.generate(spec, "com.example.clash");
    String channels = sources.files().get("com/example/clash/Channels.java");
    assertThat(channels).contains("lights(Room2 room)", "doors(Room3 room)", "lamps(Room2 room)");
    assertThat(sources.files().get("com/example/clash/Room2.java")).contains("KITCHEN", "HALL");
    assertThat(sources.files().get("com/example/clash/Room3.java")).contains("HALL", "CELLAR");
    GeneratedCode.compile(sources.files());
  }

  /** {@code room.{room}.lights} has a step class Channels.Room: the enum Room is still the argument. */
  @Test
  void aStepClassOfTheSameNameDoesNotHideTheEnum() throws Throwable {
    Path spec = dir.resolve("shadow.yaml");
    Files.writeString(spec, """
        asyncapi: 3.0.0
        info: {title: shadow, version: '1'}
        channels:
          lights:
            address: room.{room}.lights
            parameters:
              room: {enum: [kitchen, hall], default: hall}
          doors:
            address: room.{room}.doors
            parameters:
              room: {enum: [kitchen, hall], default: hall}
        """);
    ClassLoader loader = GeneratedCode.compile(GeneratedCode.generate(spec, "com.example.shadow").files());
    Object hall = loader.loadClass("com.example.shadow.Room").getField("HALL").get(null);
    Object step = call(loader, "com.example.shadow.Channels", "room", hall);
    assertEquals("com.example.shadow.Channels$Room", step.getClass().getName());
    assertEquals("room.hall.doors", get(get(step, "doors"), "name"));
  }

  /** A parameter whose values are event-name patterns is text, like any other. */
  @Test
  void patternValuesStayStrings() throws IOException {
    Path spec = dir.resolve("patterns.yaml");
    Files.writeString(spec, """
        asyncapi: '2.6.0'
        info: {title: patterns, version: '1'}
        channels:
          events/{event}:
            parameters:
              event: {schema: {type: string, enum: ['users.*', 'files.*.create']}}
            subscribe: {message: {payload: {type: string}}}
        """);
    SourceGenerator.Sources sources = GeneratedCode.generate(spec, "com.example.patterns");
    assertThat(sources.files().get("com/example/patterns/Channels.java")).contains("events(String event)");
    assertThat(sources.files()).doesNotContainKey("com/example/patterns/Event.java");
  }

  private static Object constant(ClassLoader loader, String type, String name) throws ReflectiveOperationException {
    return loader.loadClass(SmartHome.PACKAGE + "." + type).getField(name).get(null);
  }

  private static Optional<?> parse(ClassLoader loader, String name) throws Throwable {
    return (Optional<?>) call(loader, CHANNELS, "parse", name);
  }

  private static String withoutHeader(String source) {
    return source.substring(source.indexOf('\n') + 1);
  }
}
