package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.LoadLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code http(s)} references are refused unless the request allows them. A listening socket on the
 * loopback interface proves that nothing even connects.
 */
@Timeout(30)
class RemoteReferenceTest {
  private static final String REFUSED = "points to the network, and remote refs are off:"
      + " asyncgen does not fetch during a build unless asked (option allow-remote-refs)";

  @TempDir Path dir;
  private ServerSocket listener;
  private HttpServer server;

  @BeforeEach
  void listenOnLoopback() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
  }

  @AfterEach
  void close() throws IOException {
    listener.close();
    if (server != null) {
      server.stop(0);
    }
  }

  @EachVersion
  void httpReferenceIsRefusedByDefault(SpecShape shape) throws IOException {
    String ref = "http://127.0.0.1:" + listener.getLocalPort() + "/schemas.yaml#/Thing";

    SpecException e = Specs.readFailing(rootReferring(shape, ref));

    assertThat(Specs.messages(e)).containsExactly("root.yaml:10:17: error: $ref '" + ref + "' " + REFUSED);
    assertNobodyConnected();
  }

  @EachVersion
  void httpsReferenceIsRefusedByDefault(SpecShape shape) throws IOException {
    String ref = "https://127.0.0.1:" + listener.getLocalPort() + "/schemas.yaml#/Thing";

    SpecException e = Specs.readFailing(rootReferring(shape, ref));

    assertThat(Specs.messages(e)).containsExactly("root.yaml:10:17: error: $ref '" + ref + "' " + REFUSED);
    assertNobodyConnected();
  }

  @EachVersion
  void upperCaseSchemeIsRefusedToo(SpecShape shape) throws IOException {
    String ref = "HTTP://127.0.0.1:" + listener.getLocalPort() + "/schemas.yaml#/Thing";

    SpecException e = Specs.readFailing(rootReferring(shape, ref));

    assertThat(Specs.messages(e)).containsExactly("root.yaml:10:17: error: $ref '" + ref + "' " + REFUSED);
    assertNobodyConnected();
  }

  @Test
  void shippedHttpRefSpecIsRefused() {
    SpecException e = Specs.readFailing(Specs.spec("remote-ref/http.yaml"));

    assertThat(Specs.messages(e)).containsExactly(Specs.DIR + "/remote-ref/http.yaml:10:17: error: $ref "
        + "'http://127.0.0.1:9/schemas.yaml#/Thing' " + REFUSED);
  }

  @EachVersion
  void otherSchemesAreRefused(SpecShape shape) {
    SpecException e = Specs.readFailing(rootReferring(shape, "ftp://127.0.0.1/schemas.yaml#/Thing"));

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:10:17: error: $ref 'ftp://127.0.0.1/schemas.yaml#/Thing' uses the unsupported scheme 'ftp'");
  }

  /** The counterpart of the refusals: with the option on, the same kind of reference is fetched. */
  @EachVersion
  void httpReferenceIsFetchedWhenAllowed(SpecShape shape) throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/schemas.yaml", exchange -> {
      requests.incrementAndGet();
      byte[] body = "Thing:\n  type: string\n".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas.yaml";
      var request = ReadRequest.of(rootReferring(shape, url + "#/Thing")).withAllowRemoteRefs(true);

      var api = SpecReader.read(request).api();

      assertThat(api.schemas()).containsOnlyKeys("Thing");
      assertThat(api.files()).extracting(f -> f.displayPath()).containsExactly("root.yaml", url);
      assertThat(requests).hasValue(1);
    } finally {
      server.stop(0);
    }
  }

  /** The announced length (5,025 bytes: 23 before the padding, 2 after) is checked before the body is read. */
  @EachVersion
  void remoteDocumentAnnouncedOverTheSizeLimitIsRefused(SpecShape shape) throws IOException {
    String url = serve(exchange -> {
      byte[] body = ("Thing:\n  description: '" + "x".repeat(5_000) + "'\n").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });

    SpecException e = Specs.readFailing(limitedRemoteRequest(shape, url));

    assertThat(Specs.messages(e)).containsExactly(url + ":1:1: error: the file is 5,025 bytes, over the limit of "
        + "1,024 bytes (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)");
  }

  /** Without a length (chunked), reading stops one byte past the limit: an endless body is never read whole. */
  @EachVersion
  void endlessRemoteDocumentIsCutAtTheSizeLimit(SpecShape shape) throws IOException {
    String url = serve(exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = "# padding\n".repeat(100).getBytes(StandardCharsets.UTF_8);
      try (var body = exchange.getResponseBody()) {
        while (true) {
          body.write(chunk);
        }
      } catch (IOException clientHungUp) {
        exchange.close();
      }
    });

    SpecException e = Specs.readFailing(limitedRemoteRequest(shape, url));

    assertThat(Specs.messages(e)).containsExactly(url + ":1:1: error: the file is over the limit of 1,024 bytes"
        + " (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)");
  }

  @EachVersion
  void unreachableHostSaysWhy(SpecShape shape) throws IOException {
    // Bound but never listening: connections are refused, and no other process can take the port meanwhile
    // (a port closed before the read could be reused by anyone).
    try (Socket bound = new Socket()) {
      bound.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      String url = "http://127.0.0.1:" + bound.getLocalPort() + "/schemas.yaml";

      SpecException e = Specs.readFailing(
          ReadRequest.of(rootReferring(shape, url + "#/Thing")).withAllowRemoteRefs(true));

      assertThat(Specs.messages(e)).containsExactly(
          "root.yaml:10:17: error: referenced file " + url + " cannot be fetched: could not connect");
    }
  }

  /** Serves {@code /schemas.yaml} on the loopback interface until the test ends; returns its URL. */
  private String serve(com.sun.net.httpserver.HttpHandler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/schemas.yaml", handler);
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/schemas.yaml";
  }

  private ReadRequest limitedRemoteRequest(SpecShape shape, String url) {
    return ReadRequest.of(rootReferring(shape, url + "#/Thing")).withAllowRemoteRefs(true)
        .withLimits(LoadLimits.defaults().withMaxBytes(1_024));
  }

  private void assertNobodyConnected() throws IOException {
    listener.setSoTimeout(300);
    assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
  }

  private Path rootReferring(SpecShape shape, String ref) {
    return Specs.rootReferring(shape, dir, ref);
  }
}
