package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.realtime.RealtimeClient;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.java_websocket.handshake.ClientHandshake;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated Appwrite {@code Realtime} facade, compiled and run against a scripted server on loopback. */
class RealtimeFacadeLoopbackTest {
  private static final String REALTIME = "io.appwrite.realtime.Realtime";

  private static ClassLoader loader;

  @BeforeAll
  static void compile() {
    loader = GeneratedCode.compileWithRealtime(GeneratedCode.appwriteWithRealtime().files());
  }

  @Test
  void buildWithoutTheRequiredProjectFailsNamingIt() throws Throwable {
    Object builder = GeneratedCode.call(loader, REALTIME, "builder");
    assertThatThrownBy(() -> Facades.invoke(builder, "build"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("project is required (project in the handshake)");
  }

  @Test
  void headerRefusesCrLfInAValueAtOnceWithoutRepeatingIt() throws Throwable {
    Object builder = GeneratedCode.call(loader, REALTIME, "builder");
    assertThatThrownBy(() -> Facades.invoke(builder, "header", "x-appwrite-session", "secret\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header x-appwrite-session: the value contains CR or LF (not shown)");
  }

  @Test
  void theHandshakeCarriesProjectChannelsAndHeadersAndATypedHandlerGetsTheEvent() throws Throwable {
    try (LoopbackAppwriteServer server = new LoopbackAppwriteServer()) {
      Object builder = GeneratedCode.call(loader, REALTIME, "builder");
      Facades.invoke(builder, "uri", server.uri());
      Facades.invoke(builder, "project", "my-project");
      Facades.invoke(builder, "header", "x-appwrite-session", "secret");
      Object realtime = Facades.invoke(builder, "build");
      BlockingQueue<Object> events = new LinkedBlockingQueue<>();
      Consumer<Object> handler = events::add;
      Object account = GeneratedCode.call(loader, "io.appwrite.realtime.Channels", "account");
      Facades.invoke(realtime, "subscribe", account, handler);

      ClientHandshake request = server.nextHandshake();
      assertThat(request.getFieldValue("x-appwrite-session")).isEqualTo("secret");
      String handshake = URLDecoder.decode(request.getResourceDescriptor(), StandardCharsets.UTF_8);
      assertThat(handshake).startsWith("/v1/realtime?").contains("project=my-project").contains("channels[]=account");
      server.nextSocket().send("{\"type\":\"event\",\"data\":{\"events\":[\"users.u1.update.name\"],"
          + "\"channels\":[\"account\"],\"timestamp\":\"2026-05-29T12:34:56.000+02:00\","
          + "\"payload\":{\"$id\":\"u1\",\"name\":\"Ada\",\"unknown\":1}}}");

      Object event = events.poll(LoopbackAppwriteServer.TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(event).isNotNull();
      assertThat(event.getClass().getName()).isEqualTo("io.appwrite.realtime.AccountEnvelope");
      Object payload = GeneratedCode.get(event, "payload");
      assertThat(GeneratedCode.get(payload, "name")).isEqualTo("Ada");

      Facades.invoke(realtime, "close");
      // close() has stopped the executors; their threads may take a moment more to end.
      for (Thread thread : Thread.getAllStackTraces().keySet()) {
        if (thread.getName().startsWith(RealtimeClient.THREAD_NAME_PREFIX)) {
          thread.join(TimeUnit.SECONDS.toMillis(LoopbackAppwriteServer.TIMEOUT_SECONDS));
          assertThat(thread.isAlive()).as(thread.getName()).isFalse();
        }
      }
    }
  }

  /** A runtime option added without a facade setter of the same name and parameters fails here. */
  @Test
  void theBuilderHasASetterForEveryRuntimeOption() throws Throwable {
    Class<?> facadeBuilder = GeneratedCode.call(loader, REALTIME, "builder").getClass();
    List<String> facadeSetters = setters(facadeBuilder);
    List<String> runtimeSetters = setters(RealtimeClient.Builder.class);

    assertThat(runtimeSetters).contains("watchdog(java.time.Duration)", "scheduler(dev.asyncgen.realtime.Scheduler)");
    assertThat(facadeSetters).containsAll(runtimeSetters)
        .contains("configure(java.util.function.Consumer)", "project(java.lang.String)");
  }

  /** Each setter's value reaches the runtime builder, whose check refuses it when {@code build()} hands it over. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedValues")
  void eachRuntimeOptionReachesTheRuntimeBuilder(String setter, Object value, String message) throws Throwable {
    Object builder = GeneratedCode.call(loader, REALTIME, "builder");
    Facades.invoke(builder, "project", "my-project");
    Facades.invoke(builder, setter, value);

    assertThatThrownBy(() -> Facades.invoke(builder, "build"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  static Stream<Arguments> refusedValues() {
    return Stream.of(
        Arguments.of("heartbeat", Duration.ZERO, "heartbeat must be positive"),
        Arguments.of("watchdog", Duration.ZERO, "watchdog must be positive"),
        Arguments.of("resubscribeDebounce", Duration.ofMillis(-1), "negative debounce"),
        Arguments.of("maxMessageSize", 0, "maxMessageSize must be positive"),
        Arguments.of("callbackQueueCapacity", 0, "callbackQueueCapacity must be positive"),
        Arguments.of("closeTimeout", Duration.ZERO, "closeTimeout must be positive"));
  }

  /**
   * {@code configure(...)} runs last: its URI replaces the facade's unreachable one and its query parameter joins
   * the facade's; {@code whenOpen()} completes once the server has confirmed the connection.
   */
  @Test
  void configureIsAppliedLastAndWhenOpenCompletesOnceConnected() throws Throwable {
    try (LoopbackAppwriteServer server = new LoopbackAppwriteServer()) {
      Object builder = GeneratedCode.call(loader, REALTIME, "builder");
      Facades.invoke(builder, "uri", URI.create("ws://127.0.0.1:9/unreachable"));
      Facades.invoke(builder, "project", "my-project");
      Facades.invoke(builder, "query", "locale", "de");
      Consumer<RealtimeClient.Builder> configuration = runtime -> runtime.uri(server.uri()).query("extra", "1");
      Facades.invoke(builder, "configure", configuration);
      Object realtime = Facades.invoke(builder, "build");
      try {
        CompletableFuture<?> open = (CompletableFuture<?>) Facades.invoke(realtime, "whenOpen");
        assertThat(open).as("no subscription, no connection").isNotDone();
        Consumer<Object> handler = event -> { };
        Facades.invoke(realtime, "subscribe", GeneratedCode.call(loader, "io.appwrite.realtime.Channels", "account"),
            handler);

        String handshake = URLDecoder.decode(server.nextHandshake().getResourceDescriptor(), StandardCharsets.UTF_8);
        assertThat(handshake).contains("project=my-project").contains("locale=de").contains("extra=1");
        open.get(LoopbackAppwriteServer.TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } finally {
        Facades.invoke(realtime, "close");
      }
    }
  }

  /** Public methods returning the builder, as {@code name(parameter types)}. */
  private static List<String> setters(Class<?> builder) {
    return Arrays.stream(builder.getDeclaredMethods())
        .filter(method -> Modifier.isPublic(method.getModifiers()) && method.getReturnType() == builder)
        .map(method -> method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getName)
            .collect(java.util.stream.Collectors.joining(",", "(", ")")))
        .toList();
  }
}
