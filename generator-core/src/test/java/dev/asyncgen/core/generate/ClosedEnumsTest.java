package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code closedEnums} gives strict Java enums that fail fast on a value the spec does not list. */
class ClosedEnumsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static ClassLoader loader;

  @BeforeAll
  static void compileGeneratedCode() {
    SourceGenerator.Sources sources = SourceGenerator.generate(ReadRequest.of(GeneratedCode.APPWRITE),
        GenerationOptions.forPackage(GeneratedCode.APPWRITE_PACKAGE).withClosedEnums(true));
    loader = GeneratedCode.compile(sources.files());
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loader.loadClass(GeneratedCode.APPWRITE_PACKAGE + "." + simpleName);
  }

  @Test
  void enumsAreJavaEnums() throws Exception {
    assertTrue(type("Execution$Status").isEnum());
    assertTrue(type("Execution$Trigger").isEnum());
  }

  @Test
  void enumsDecodeFromAndWriteBackTheirWireValue() throws Exception {
    Object execution = MAPPER.readValue("{\"$id\":\"e1\",\"status\":\"completed\",\"trigger\":\"http\"}",
        type("Execution"));
    assertEquals("COMPLETED", ((Enum<?>) get(execution, "status")).name());
    JsonNode written = MAPPER.valueToTree(execution);
    assertEquals("completed", written.get("status").asText());
  }

  @Test
  void aScheduledExecutionFailsWithJacksonsExceptionNamingTheAllowedValues() {
    ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
        () -> MAPPER.readValue("{\"payload\":{\"status\":\"scheduled\"}}", type("ExecutionEnvelope")));
    assertTrue(e.getMessage().contains("unknown Status 'scheduled'; expected one of 'waiting', 'processing',"
        + " 'completed', 'failed'"), e.getMessage());
  }
}
