package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --realtime}: the Appwrite {@code Realtime} facade compiles strictly against the runtime and matches its
 * golden file; without the flag nothing of it appears. Behaviour on the wire: {@link RealtimeFacadeLoopbackTest}.
 */
class RealtimeFacadeTest {
  private static final String FACADE = "io/appwrite/realtime/Realtime.java";
  private static final Path GOLDEN = Path.of("src/test/resources/golden/appwrite-realtime-facade/" + FACADE);

  private static SortedMap<String, String> withRealtime;

  @BeforeAll
  static void generate() {
    withRealtime = GeneratedCode.appwriteWithRealtime().files();
  }

  @Test
  void theFacadeCompilesWithEveryLintAndDoclintAgainstTheRuntime() {
    GeneratedCode.compileWithRealtime(withRealtime);
  }

  @Test
  void theFacadeMatchesItsGoldenFile() throws IOException {
    if (Boolean.getBoolean("asyncgen.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, withRealtime.get(FACADE));
    }
    assertEquals(Files.readString(GOLDEN), withRealtime.get(FACADE),
        FACADE + " differs from its golden file; if the change is intended, run with -Dasyncgen.updateGolden=true");
  }

  @Test
  void theFlagAddsOnlyTheFacade() {
    SortedMap<String, String> without = GeneratedCode.appwrite().files();
    assertThat(withRealtime.keySet()).containsAll(without.keySet()).hasSize(without.size() + 1).contains(FACADE);
    without.forEach((path, text) -> assertEquals(text, withRealtime.get(path), path));
  }

  @Test
  void withoutTheFlagNothingNeedsTheRuntime() {
    GeneratedCode.appwrite().files().forEach((path, text) -> {
      assertThat(path).doesNotEndWith("/Realtime.java");
      assertThat(text).as(path).doesNotContain("dev.asyncgen.realtime");
    });
  }

  @Test
  void theDefaultUriIsTheWebSocketServerWithItsProtocol() {
    assertThat(withRealtime.get(FACADE))
        .contains("URI.create(\"wss://cloud.appwrite.io/v1/realtime\")")
        .contains("client.query(\"project\", project)")
        .doesNotContain("channels(");
  }

  /**
   * No ws server: no default URI, so {@code build()} asks for one. Channel-level headers become setters, wire names
   * kept, and a property named like a builder method is renamed rather than clashing.
   */
  @Test
  void withoutAWebSocketServerBuildRequiresTheUri(@TempDir Path dir) throws Throwable {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, Specs.HEADER + """
        servers:
          broker:
            url: broker.example.com
            protocol: mqtt
        channels:
          ticks:
            bindings:
              ws:
                headers:
                  type: object
                  required: [X-Api-Key]
                  properties:
                    X-Api-Key: {type: string, description: "The key, <b>not</b> */ a comment"}
                    uri: {type: string}
            subscribe:
              message:
                payload: {type: string}
        """);
    SortedMap<String, String> files = SourceGenerator.generate(ReadRequest.of(spec),
        GenerationOptions.forPackage("p").withRealtime(true)).files();
    ClassLoader loader = GeneratedCode.compileWithRealtime(files);
    assertThat(files.get("p/Realtime.java")).doesNotContain("DEFAULT_URI")
        .contains("client.header(\"X-Api-Key\", xApiKey)").contains("client.header(\"uri\", uri2)");
    Object builder = GeneratedCode.call(loader, "p.Realtime", "builder");
    assertThatThrownBy(() -> Facades.invoke(builder, "build"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("uri is required");
    Facades.invoke(builder, "uri", java.net.URI.create("ws://127.0.0.1:9/"));
    assertThatThrownBy(() -> Facades.invoke(builder, "build"))
        .isInstanceOf(IllegalStateException.class).hasMessage("xApiKey is required (X-Api-Key in the handshake)");
  }

  /** A schema named Realtime yields to the facade only when the facade is generated. */
  @Test
  void aSchemaNamedRealtimeIsRenamedOnlyWithTheFlag(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(spec, Specs.HEADER + """
        channels:
          ticks:
            subscribe:
              message:
                payload: {$ref: '#/components/schemas/Realtime'}
        components:
          schemas:
            Realtime:
              type: object
              properties:
                at: {type: string}
        """);
    SourceGenerator.Sources plain = SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage("p"));
    assertThat(plain.files()).containsKey("p/Realtime.java").doesNotContainKey("p/Realtime2.java");
    SourceGenerator.Sources facade = SourceGenerator.generate(ReadRequest.of(spec),
        GenerationOptions.forPackage("p").withRealtime(true));
    assertThat(facade.files()).containsKeys("p/Realtime.java", "p/Realtime2.java");
    assertThat(facade.files().get("p/Realtime.java")).contains("public final class Realtime implements AutoCloseable");
    assertThat(facade.warnings()).anyMatch(w -> w.message().contains("generated as Realtime2"));
    GeneratedCode.compileWithRealtime(facade.files());
  }
}
