package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --builders}: each record gets a Builder whose build() runs the record's own checks. */
class BuildersTest {
  private static final String USAGE = Greenhouse.PACKAGE + ".GreenhouseUsage";
  private static ClassLoader loader;

  /** Without --bean-validation: builders need nothing beyond what the records need. */
  @BeforeAll
  static void compile() {
    loader = GeneratedCode.compile(Greenhouse.generate(false, true).files(), Greenhouse.PROBE);
  }

  @Test
  void generatedSourcesMatchTheGoldenFiles() throws IOException {
    OptionGoldens.assertMatches("builders", Greenhouse.generate(false, true).files());
  }

  @Test
  void settingOnlyTheRequiredValuesLeavesTheRestNull() throws Throwable {
    Object reading = call(loader, USAGE, "minimal");
    assertEquals("r-1", get(reading, "id"));
    assertEquals(2L, get(reading, "count"));
    assertNull(get(reading, "label"));
    assertNull(get(reading, "tags"));
  }

  @Test
  void aRequiredValueNotSetFailsAtBuildWithTheConstructorsMessage() {
    NullPointerException noId = assertThrows(NullPointerException.class, () -> call(loader, USAGE, "withoutId"));
    assertEquals("id is required", noId.getMessage());
    StackTraceElement refusedBy = noId.getStackTrace()[1]; // [0] is Objects.requireNonNull
    assertEquals(Greenhouse.PACKAGE + ".Reading.<init>", refusedBy.getClassName() + "." + refusedBy.getMethodName(),
        "the record's constructor refuses it");
    // A primitive cannot be null in the constructor: the builder checks it, with the message a null would get.
    NullPointerException noCount = assertThrows(NullPointerException.class,
        () -> call(loader, USAGE, "withoutCount"));
    assertEquals("count is required", noCount.getMessage());
  }

  @Test
  void listsAreCopiedWhenSet() throws Throwable {
    assertEquals(List.of("north"), get(call(loader, USAGE, "tagsChangedAfterwards"), "tags"));
  }

  @Test
  void toBuilderCopiesEveryValue() throws Throwable {
    Object everything = call(loader, USAGE, "everything");
    Object relabelled = call(loader, USAGE, "relabelled", everything);
    assertEquals("relabelled", get(relabelled, "label"));
    for (String component : List.of("id", "count", "unit", "sensor", "sensors", "bySlot", "grid")) {
      assertEquals(get(everything, component), get(relabelled, component), component);
    }
  }

  @Test
  void openEnumsAndNestedRecordsAreSetAsTheyAre() throws Throwable {
    Object everything = call(loader, USAGE, "everything");
    assertEquals("kelvin", get(get(everything, "unit"), "value"));
    Object sensor = get(everything, "sensor");
    assertEquals(52.1, get(get(sensor, "location"), "lat"));
    assertEquals(List.of(sensor), get(everything, "sensors"));
    assertEquals(Map.of("one", sensor), get(everything, "bySlot"));
  }

  @Test
  void recordsOfAnAllOfInterfaceHaveBuildersToo() throws Throwable {
    List<?> areas = (List<?>) call(loader, USAGE, "areas");
    Class<?> area = loader.loadClass(Greenhouse.PACKAGE + ".Area");
    assertEquals(List.of("Bed", "Pot", "Area$Default"),
        areas.stream().map(a -> a.getClass().getName().substring(Greenhouse.PACKAGE.length() + 1)).toList());
    assertTrue(areas.stream().allMatch(area::isInstance));
    assertEquals(3.5, get(areas.get(1), "litres"));
  }

  @Test
  void unnamedPropertiesAreSetAsAMap() throws Throwable {
    Object zone = call(loader, USAGE, "zone");
    assertEquals(Map.of("colour", "green"), get(zone, "additionalProperties"));
  }

  @Test
  void withoutTheOptionNoBuilder() {
    Greenhouse.generate(false, false).files().forEach((path, text) -> assertFalse(text.contains("Builder"), path));
  }

  /** A component or nested type already named builder keeps its name; the builder's members take the next one. */
  @Test
  void theBuildersNamesGiveWayToTheSchemas() {
    String spec = """
        {"asyncapi": "2.6.0", "info": {"title": "t", "version": "1"},
         "channels": {"c": {"subscribe": {"message": {"payload": {"$ref": "#/components/schemas/Job"}}}}},
         "components": {"schemas": {"Job": {"type": "object", "properties": {
           "builder": {"type": "object", "properties": {"name": {"type": "string"}}},
           "toBuilder": {"type": "string"}}}}}}
        """;
    String job = generate(spec).get("com/example/greenhouse/Job.java");
    assertTrue(job.contains("Builder builder,") && job.contains("String toBuilder)"), job);
    assertTrue(job.contains("public static Builder2 builder2()"), job);
    assertTrue(job.contains("public Builder2 toBuilder2()"), job);
    GeneratedCode.compile(generate(spec));
  }

  private static Map<String, String> generate(String spec) {
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("builders", ".json");
      try {
        java.nio.file.Files.writeString(file, spec);
        return SourceGenerator.generate(ReadRequest.of(file), Greenhouse.options(false, true)).files();
      } finally {
        java.nio.file.Files.delete(file);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
