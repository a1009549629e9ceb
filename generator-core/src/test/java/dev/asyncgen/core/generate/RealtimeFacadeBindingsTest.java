package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.java_websocket.handshake.ClientHandshake;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A spec with several WebSocket servers and typed {@code bindings.ws} query and header properties: the facade's
 * setters take {@code int}, {@code long}, {@code double}, {@code boolean} and nested enums, write them into the
 * handshake as the spec means them, and let the user choose a server and set its variables.
 */
class RealtimeFacadeBindingsTest {
  private static final String SPEC = "src/test/resources/generate/realtime-bindings.yaml";
  private static final String REALTIME = "p.Realtime";

  private static SortedMap<String, String> files;
  private static ClassLoader loader;

  @BeforeAll
  static void generateAndCompile() {
    files = SourceGenerator.generate(ReadRequest.of(Path.of(SPEC)),
        GenerationOptions.forPackage("p").withRealtime(true)).files();
    loader = GeneratedCode.compileWithRealtime(files);
  }

  @Test
  void theFacadeMatchesItsGoldenFile() throws IOException {
    Path golden = Path.of("src/test/resources/golden/realtime-bindings-facade/p/Realtime.java");
    if (Boolean.getBoolean("asyncgen.updateGolden")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, files.get("p/Realtime.java"));
    }
    assertEquals(Files.readString(golden), files.get("p/Realtime.java"),
        "p/Realtime.java differs from its golden file; if the change is intended, run with"
            + " -Dasyncgen.updateGolden=true");
  }

  @Test
  void settersAreTypedByTheirSchemas() throws Exception {
    Class<?> builder = loader.loadClass(REALTIME + "$Builder");
    assertThat(parameterOf(builder, "apiKey")).isEqualTo(String.class);
    assertThat(parameterOf(builder, "depth")).isEqualTo(int.class);
    assertThat(parameterOf(builder, "since")).as("an integer without a format").isEqualTo(long.class);
    assertThat(parameterOf(builder, "ratio")).isEqualTo(double.class);
    assertThat(parameterOf(builder, "compact")).isEqualTo(boolean.class);
    assertThat(parameterOf(builder, "encoding").getName()).isEqualTo(REALTIME + "$Encoding");
    assertThat(parameterOf(builder, "xTrace")).isEqualTo(boolean.class);
    assertThat(parameterOf(builder, "xTier").getName()).isEqualTo(REALTIME + "$XTier");
    assertThat(parameterOf(builder, "server").getName()).isEqualTo(REALTIME + "$Server");
    assertThat(constants("Encoding")).containsExactly("JSON", "MSGPACK", "X_PROTO");
    assertThat(constants("Server")).as("the ws and wss servers, the default first")
        .containsExactly("PRODUCTION", "LOCAL");
  }

  @Test
  void theHandshakeCarriesEachValueAsTheSpecMeansItOnTheChosenServer() throws Throwable {
    try (LoopbackAppwriteServer server = new LoopbackAppwriteServer()) {
      Object builder = GeneratedCode.call(loader, REALTIME, "builder");
      Facades.invoke(builder, "server", constant("Server", "LOCAL"));
      Facades.invoke(builder, "serverVariable", "port", String.valueOf(server.uri().getPort()));
      Facades.invoke(builder, "apiKey", "k 1");
      Facades.invoke(builder, "depth", 5);
      Facades.invoke(builder, "since", 1L << 40);
      Facades.invoke(builder, "ratio", 1.5e10);
      Facades.invoke(builder, "compact", true);
      Facades.invoke(builder, "encoding", constant("Encoding", "X_PROTO"));
      Facades.invoke(builder, "xTrace", false);
      Facades.invoke(builder, "xTier", constant("XTier", "PRO"));
      // No protocol(...): a spec that is not Appwrite's gets raw frames, so no channels[] in the URL.
      Object realtime = Facades.invoke(builder, "build");
      try {
        Consumer<Object> handler = event -> { };
        Facades.invoke(realtime, "subscribe", GeneratedCode.call(loader, "p.Channels", "ticks"), handler);

        ClientHandshake request = server.nextHandshake();
        assertThat(request.getResourceDescriptor()).isEqualTo("/v1/stream?apiKey=k%201&depth=5&since=1099511627776"
            + "&ratio=15000000000&compact=true&encoding=x-proto");
        assertThat(request.getFieldValue("X-Trace")).isEqualTo("false");
        assertThat(request.getFieldValue("X-Tier")).isEqualTo("pro");
      } finally {
        Facades.invoke(realtime, "close");
      }
    }
  }

  @Test
  void buildEnforcesRequiredPropertiesOfEveryType() throws Throwable {
    Object builder = GeneratedCode.call(loader, REALTIME, "builder");
    Facades.invoke(builder, "apiKey", "k");
    assertThatThrownBy(() -> Facades.invoke(builder, "build")).isInstanceOf(IllegalStateException.class)
        .hasMessage("depth is required (depth in the handshake)");
    Facades.invoke(builder, "depth", 0);
    assertThatThrownBy(() -> Facades.invoke(builder, "build")).isInstanceOf(IllegalStateException.class)
        .hasMessage("xTier is required (X-Tier in the handshake)");
    assertThatThrownBy(() -> Facades.invoke(builder, "ratio", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
  }

  @Test
  void theFirstServerIsTheDefaultAndEachResolvesItsVariables() throws Throwable {
    Object production = constant("Server", "PRODUCTION");
    Object local = constant("Server", "LOCAL");
    assertThat(Facades.invoke(production, "uri")).isEqualTo(URI.create("wss://eu.ticker.example.com/v1/stream"));
    assertThat(loader.loadClass(REALTIME).getField("DEFAULT_URI").get(null))
        .isEqualTo(URI.create("wss://eu.ticker.example.com/v1/stream"));
    assertThat(Facades.invoke(production, "uri", Map.of("region", "us")))
        .isEqualTo(URI.create("wss://us.ticker.example.com/v1/stream"));
    assertThat(Facades.invoke(local, "specName")).isEqualTo("local");
    assertThat(GeneratedCode.call(loader, REALTIME + "$Server", "named", "local")).isSameAs(local);
    assertThatThrownBy(() -> Facades.invoke(local, "uri", Map.of("region", "us")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no variable region");

    Object builder = GeneratedCode.call(loader, REALTIME, "builder");
    Facades.invoke(builder, "apiKey", "k");
    Facades.invoke(builder, "depth", 1);
    Facades.invoke(builder, "xTier", constant("XTier", "FREE"));
    Facades.invoke(builder, "serverVariable", "port", "1");
    assertThatThrownBy(() -> Facades.invoke(builder, "build"))
        .as("port belongs to the local server, not the default one")
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server production has no variable port");
  }

  @Test
  void aServerVariableCannotMoveTheHostLeaveItsEnumOrEscapeItsPathSegment() throws Throwable {
    Object production = constant("Server", "PRODUCTION");
    Object local = constant("Server", "LOCAL");

    assertThatThrownBy(() -> Facades.invoke(local, "uri", Map.of("port", "443@evil.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("server local: variable port is part of the host or port, so it holds only letters, digits,"
            + " '.' and '-', not \"443@evil.com\"");
    assertThatThrownBy(() -> Facades.invoke(production, "uri", Map.of("region", "evil.com/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("server production: variable region must be one of [eu, us], not \"evil.com/x\"");
    assertThat(Facades.invoke(local, "uri", Map.of("port", "80", "base", "../admin?x=1#f")))
        .isEqualTo(URI.create("ws://127.0.0.1:80/..%2Fadmin%3Fx%3D1%23f/stream"));
    assertThatThrownBy(() -> Facades.invoke(local, "uri", Map.of("base", "..")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("server local: variable base cannot be ..");

    Object builder = GeneratedCode.call(loader, REALTIME, "builder");
    Facades.invoke(builder, "apiKey", "k");
    Facades.invoke(builder, "depth", 1);
    Facades.invoke(builder, "xTier", constant("XTier", "FREE"));
    Facades.invoke(builder, "server", local);
    Facades.invoke(builder, "serverVariable", "port", "443@evil.com");
    assertThatThrownBy(() -> Facades.invoke(builder, "build")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("variable port is part of the host or port");
  }

  @Test
  void theSpecTextReachesTheJavadoc() {
    assertThat(files.get("p/Realtime.java"))
        .contains("Levels of the order book.")
        .contains("The production stream.")
        .contains("client.query(\"ratio\", BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString())");
  }

  private static Class<?> parameterOf(Class<?> builder, String setter) {
    Method method = Arrays.stream(builder.getMethods()).filter(m -> m.getName().equals(setter)).findFirst()
        .orElseThrow(() -> new AssertionError("no setter " + setter));
    assertThat(method.getParameterCount()).isEqualTo(1);
    return method.getParameterTypes()[0];
  }

  private static Object constant(String nested, String name) throws ClassNotFoundException {
    for (Object constant : loader.loadClass(REALTIME + "$" + nested).getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new AssertionError("no " + nested + "." + name);
  }

  private static java.util.List<String> constants(String nested) throws ClassNotFoundException {
    return Arrays.stream(loader.loadClass(REALTIME + "$" + nested).getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name()).toList();
  }
}
