package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.realtime.RealtimeClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.java_websocket.handshake.ClientHandshake;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
