package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.core.SourceGenerator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Names that break naive generators: everything generates, compiles and keeps its JSON name. */
class NamesGenerationTest {
  private static final String PACKAGE = "com.example.names";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static SourceGenerator.Sources sources;
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile() {
    sources = GeneratedCode.generate(Path.of("src/test/resources/generate/names.yaml"), PACKAGE);
    loader = GeneratedCode.compile(sources.files());
  }

  @Test
  void distinctSchemasNeverShareAFile() {
    assertEquals(List.of("Channel", "Channels", "Class2", "Class3", "Everything", "MyType", "MyType2", "Object2"),
        sources.files().keySet().stream()
            .map(path -> path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length())).toList());
  }

  @Test
  void everyRenameIsReported() {
    assertEquals(4, sources.warnings().size(), sources.warnings().toString());
    assertTrue(sources.warnings().get(0).toString().endsWith(
        "schema 'class' would be the Java type Class, which is taken; it is generated as Class2"));
  }

  @Test
  void awkwardPropertyNamesRoundTripUnderTheirJsonNames() throws Exception {
    String json = """
        {"default":"d","enum":"e","x-y":"xy","_":"u","café":"c","1st":"f","self":{"default":"inner"},
         "kind":"A_B","klass":{"a":"1"},"upperKlass":{"b":"2"},"myType":{"c":"3"},"myType2":{"d":"4"},
         "object":{"e":"5"}}""";
    Object everything = MAPPER.readValue(json, loader.loadClass(PACKAGE + ".Everything"));
    assertEquals("d", get(everything, "default_"));
    assertEquals("c", get(everything, "café"));
    assertEquals("f", get(everything, "_1st"));
    assertEquals("u", get(everything, "value"));
    assertEquals("inner", get(get(everything, "self"), "default_"));
    assertEquals("A_B_2", get(get(everything, "kind"), "known").toString());
    JsonNode written = MAPPER.valueToTree(everything);
    assertEquals(MAPPER.readTree(json), written);
  }

  @Test
  void awkwardEnumValuesKeepTheirWireValues() throws Exception {
    Class<?> everything = loader.loadClass(PACKAGE + ".Everything");
    for (String value : List.of("a-b", "A_B", "1x", "", "null", "class")) {
      Object decoded = MAPPER.readValue("{\"kind\":" + MAPPER.writeValueAsString(value) + "}", everything);
      assertEquals(value, MAPPER.valueToTree(decoded).get("kind").asText());
    }
  }
}
