package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Any string a server sends decodes to an open enum value that is written back as exactly that string. */
class OpenEnumProperties {
  private static final String EXECUTION = GeneratedCode.APPWRITE_PACKAGE + ".Execution";
  private static final List<String> KNOWN = List.of("waiting", "processing", "completed", "failed");
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static Class<?> status;
  private static Class<?> execution;

  @BeforeContainer
  static void compileTheRecordOnce() throws ClassNotFoundException {
    String path = EXECUTION.replace('.', '/') + ".java";
    ClassLoader loader = GeneratedCode.compile(Map.of(path, GeneratedCode.appwrite().files().get(path)));
    execution = loader.loadClass(EXECUTION);
    status = loader.loadClass(EXECUTION + "$Status");
  }

  @Property(tries = 500)
  void anyStringDecodesAndReencodesToItself(@ForAll("wireValues") String wire) throws Exception {
    String json = MAPPER.writeValueAsString(wire);
    Object value = MAPPER.readValue(json, status);
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(json);
    assertThat(value.toString()).isEqualTo(wire);
    assertThat(status.getMethod("isKnown").invoke(value)).isEqualTo(KNOWN.contains(wire));
    assertThat(value).isEqualTo(status.getMethod("of", String.class).invoke(null, wire));
    String record = "{\"status\":" + json + "}";
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(MAPPER.readValue(record, execution))))
        .isEqualTo(MAPPER.readTree(record));
  }

  /** Known values, near misses, and any text at all. */
  @Provide
  Arbitrary<String> wireValues() {
    return Arbitraries.oneOf(Arbitraries.of(KNOWN), Arbitraries.of("scheduled", "Completed", "", " failed", "null"),
        Arbitraries.strings().ofMaxLength(30));
  }
}
