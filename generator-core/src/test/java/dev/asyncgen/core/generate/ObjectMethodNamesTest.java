package dev.asyncgen.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every name of one of Object's methods, in every place where a spec name becomes a Java member: the
 * code compiles without a warning, the member gets a trailing underscore, and the wire names stay.
 */
class ObjectMethodNamesTest {
  private static final List<String> OBJECT_METHODS = List.of("hashCode", "toString", "equals", "getClass", "notify",
      "notifyAll", "wait", "clone", "finalize");
  private static final String PACKAGE = "com.example.objectnames";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile(@TempDir Path folder) {
    Path spec = Specs.write(folder.resolve("object-names.yaml"), spec());
    loader = GeneratedCode.compile(GeneratedCode.generate(spec, PACKAGE).files());
  }

  /** Each name as a channel, a step with and without a parameter, a parameter, a property and an enum value. */
  private static String spec() {
    StringBuilder channels = new StringBuilder("channels:\n");
    for (String name : OBJECT_METHODS) {
      channels.append(channel(name, null))
          .append(channel(name + "/{" + name + "}/" + name, name))
          .append(channel("steps/" + name, null))
          .append(channel("{id}/" + name, "id"));
    }
    channels.append(channel("derived", null).replace("Plain", "Derived"));
    String properties = OBJECT_METHODS.stream().map(name -> "        " + name + ": {type: string}\n")
        .collect(Collectors.joining());
    return Specs.HEADER + channels + "components:\n  schemas:\n"
        + "    Plain:\n      type: object\n      properties:\n" + properties
        + "        kind: {type: string, enum: " + OBJECT_METHODS + "}\n"
        + "        events: {type: array, items: {type: string, enum: ["
        + OBJECT_METHODS.stream().map(name -> "'" + name + ".*'").collect(Collectors.joining(", "))
        + ", 'all.*']}}\n"
        + "    Base:\n      type: object\n      properties:\n" + properties
        + "    Derived:\n      allOf:\n        - $ref: '#/components/schemas/Base'\n"
        + "        - type: object\n          properties:\n            own: {type: string}\n";
  }

  private static String channel(String name, String parameter) {
    String parameters = parameter == null ? "" : "    parameters:\n      " + parameter + ": {schema: {type: string}}\n";
    return "  '" + name + "':\n" + parameters
        + "    subscribe:\n      message:\n        payload: {$ref: '#/components/schemas/Plain'}\n";
  }

  @Test
  void channelsNamedAfterObjectMethodsGetATrailingUnderscore() throws Exception {
    Class<?> channels = loader.loadClass(PACKAGE + ".Channels");
    for (String name : OBJECT_METHODS) {
      assertEquals(name, channels.getMethod(name + "_").invoke(null).toString());
      Object step = channels.getMethod(name + "_", String.class).invoke(null, "v");
      // A step keeps its parameters in private fields, so its methods need not yield to them.
      assertEquals(name + "/v/" + name, step.getClass().getMethod(name + "_").invoke(step).toString());
      Object steps = channels.getMethod("steps").invoke(null);
      assertEquals("steps/" + name, steps.getClass().getMethod(name + "_").invoke(steps).toString());
      Object channel = channels.getMethod("parse", String.class).invoke(null, "42/" + name);
      assertEquals("Optional[42/" + name + "]", channel.toString());
    }
  }

  @Test
  void propertiesNamedAfterObjectMethodsKeepTheirWireNames() throws Exception {
    Map<String, String> json = OBJECT_METHODS.stream().collect(Collectors.toMap(name -> name, name -> name + "!"));
    Class<?> plain = loader.loadClass(PACKAGE + ".Plain");
    Object decoded = MAPPER.convertValue(json, plain);
    for (String name : OBJECT_METHODS) {
      assertEquals(name + "!", plain.getMethod(name + "_").invoke(decoded));
    }
    assertEquals(MAPPER.valueToTree(json), MAPPER.valueToTree(decoded));
    Class<?> base = loader.loadClass(PACKAGE + ".Base");
    for (String name : OBJECT_METHODS) {
      assertEquals(String.class, base.getMethod(name + "_").getReturnType());
    }
  }

  @Test
  void enumValuesNamedAfterObjectMethodsDecode() throws Exception {
    Class<?> plain = loader.loadClass(PACKAGE + ".Plain");
    for (String name : OBJECT_METHODS) {
      Object decoded = MAPPER.readValue("{\"kind\":\"" + name + "\",\"events\":[\"" + name + ".x\"]}", plain);
      assertEquals(name, MAPPER.valueToTree(decoded).get("kind").asText());
      assertEquals("[" + upperSnake(name) + "]", plain.getMethod("eventTypes").invoke(decoded).toString());
    }
  }

  private static String upperSnake(String name) {
    return name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
