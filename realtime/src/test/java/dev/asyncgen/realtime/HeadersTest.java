package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Header names and values are checked when given, and a value (often a secret) is never repeated. */
class HeadersTest extends ClientFixture {

    private static final String SESSION = "eyJzZXNzaW9uIjoic2VjcmV0In0";

    @Test
    void aValueWithCrLfControlOrNonAsciiCharactersIsRefusedAtHeaderWithoutRepeatingIt() {
        RealtimeClient.Builder builder = RealtimeClient.builder().uri(URI.create("ws://127.0.0.1:1/"));

        assertThatThrownBy(() -> builder.header("x-appwrite-session", SESSION + "\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("header x-appwrite-session: the value contains CR or LF (not shown)");
        assertThatThrownBy(() -> builder.header("x-appwrite-session", SESSION + "é"))
                .hasMessage("header x-appwrite-session: the value contains a non-ASCII character (not shown)");
        assertThatThrownBy(() -> builder.header("x-appwrite-session", SESSION + "\u0000"))
                .hasMessage("header x-appwrite-session: the value contains a control character (not shown)");
        assertThatThrownBy(() -> builder.header("x appwrite", SESSION))
                .hasMessageStartingWith("header name has character U+0020 at index 1");
        assertThatThrownBy(() -> builder.header("", SESSION)).hasMessage("header name is empty");
        assertThatThrownBy(() -> builder.header("Sec-WebSocket-Key", "x")).hasMessageContaining("set by the JDK");
        assertThat(builder.header("Cookie", "a_session_p=" + SESSION + "; path=/\tx")).isSameAs(builder);
    }

    @Test
    void aServerThatEchoesTheSessionDoesNotPutItIntoErrorsOrStates() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()).header("x-appwrite-session", SESSION));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send("{\"type\":\"error\",\"data\":{\"code\":1003,\"message\":\"Invalid session " + SESSION + "\"}}");
        peer.send("{\"type\":\"error\",\"data\":{\"code\":1008,\"message\":\"Session " + SESSION + " expired\"}}");

        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.SERVER_ERROR).message())
                .isEqualTo("server error 1003: Invalid session <header value>");
        assertThat(awaitClosed()).isEqualTo(new ConnectionState.Closed(1008, "Session <header value> expired", true));
    }
}
