package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names in open enums that could clash: a spec value "unknown", and types already called Known. */
class OpenEnumNamingTest {
  private static final String PACKAGE = "com.example.open";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile(@TempDir Path folder) throws IOException {
    Path spec = Files.writeString(folder.resolve("open.yaml"), """
        asyncapi: 2.6.0
        info: {title: Open, version: '1'}
        channels:
          a:
            subscribe:
              message:
                payload: {$ref: '#/components/schemas/Known'}
        components:
          schemas:
            Known:
              type: object
              properties:
                state: {type: string, enum: [unknown, known, UNKNOWN_2]}
                level: {type: integer, enum: [1, 2]}
                health: {$ref: '#/components/schemas/Health'}
            Health:
              type: string
              enum: [ok, unknown]
        """);
    SourceGenerator.Sources sources = SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage(PACKAGE));
    loader = GeneratedCode.compile(sources.files());
  }

  private static Class<?> type(String binaryName) throws ClassNotFoundException {
    return loader.loadClass(PACKAGE + "." + binaryName);
  }

  private static String known(Object value) throws ReflectiveOperationException {
    return get(value, "known").toString();
  }

  @Test
  void unknownAlwaysMeansNotInTheSpec() throws Throwable {
    Object unknown = call(loader, PACKAGE + ".Health", "of", "unknown");
    assertEquals("UNKNOWN_2", known(unknown));
    assertEquals(true, get(unknown, "isKnown"));
    assertEquals(unknown, type("Health").getField("UNKNOWN_2").get(null));
    assertEquals("UNKNOWN", known(call(loader, PACKAGE + ".Health", "of", "degraded")));
    assertEquals(List.of("OK", "UNKNOWN_2", "UNKNOWN"),
        Arrays.stream(type("Health$Known").getEnumConstants()).map(Object::toString).toList());
  }

  @Test
  void constantsTheClashRenamesAreNumberedInSpecOrder() throws Throwable {
    Object state = MAPPER.readValue("{\"state\":\"UNKNOWN_2\"}", type("Known"));
    assertEquals("UNKNOWN_2_2", known(get(state, "state")));
    assertEquals("UNKNOWN_2", known(call(loader, PACKAGE + ".Known$State", "of", "unknown")));
  }

  @Test
  void theKnownEnumAvoidsTheNamesOfEnclosingTypes() throws Exception {
    assertEquals(List.of("UNKNOWN_2", "KNOWN", "UNKNOWN_2_2", "UNKNOWN"),
        Arrays.stream(type("Known$State$Known2").getEnumConstants()).map(Object::toString).toList());
  }

  @Test
  void integerEnumsAreNumbersThatTakeAnyValue() throws Exception {
    Object decoded = MAPPER.readValue("{\"level\":3}", type("Known"));
    assertEquals(3L, get(decoded, "level"));
  }
}
