package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the client gives up for good, closes, or disconnects; and that it leaves no thread behind. */
class TerminalTest extends ClientFixture {

    @Test
    void error1008IsTerminalAfterTheEventsReceivedBeforeIt() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> seen = new Recorder<>();
        Subscription subscription = client.subscribe(POSTS, DocumentEnvelope.class, e -> seen.add(e.payload().id()));
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("LAST", "l", POSTS));
        peer.send("{\"type\":\"error\",\"data\":{\"code\":1008,\"message\":\"Missing or unknown project ID\"}}");
        peer.socket().close(1000, "bye"); // an ordinary close right behind it must not turn it into a reconnect

        assertThat(awaitClosed()).isEqualTo(new ConnectionState.Closed(1008, "Missing or unknown project ID", true));
        assertThat(seen.next()).as("the event before the error still arrives").isEqualTo("LAST");
        assertThat(clientThreadsAfterWaiting()).as("nothing left to reconnect with").isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(server.pendingPeer()).isNull();
        assertThat(subscription.isActive()).isFalse();
        assertThatThrownBy(() -> client.subscribe(POSTS, DocumentEnvelope.class, e -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1008");
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void aHandshakeRejectedAsUnauthorisedIsTerminal(int status) throws Exception {
        RawSocketServer server = server(new RawSocketServer());
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });

        RawSocketServer.reject(server.nextSocket(), status, "Denied");

        ConnectionState.Closed closed = awaitClosed();
        assertThat(closed.code()).isEqualTo(status);
        assertThat(closed.terminal()).isTrue();
        assertThat(closed.reason()).contains("HTTP " + status);
        assertThat(clientThreadsAfterWaiting()).isEmpty();
    }

    @Test
    void otherHandshakeRejectionsAreRetried() throws Exception {
        RawSocketServer server = server(new RawSocketServer());
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });

        RawSocketServer.reject(server.nextSocket(), 503, "Unavailable");

        assertThat(awaitReconnecting().reason()).contains("503");
        clock.advance(Duration.ofSeconds(1));
        assertThat(server.nextSocket()).isNotNull();
    }

    @Test
    void closeIsIdempotentEndsSubscriptionsAndLeavesNoThreads() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()));
        Subscription subscription = client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextPeer();
        awaitOpen();

        client.close();
        client.close();

        assertThat(client.state()).isEqualTo(new ConnectionState.Closed(1000, "closed by client", false));
        assertThat(subscription.isActive()).isFalse();
        assertThat(clientThreadsAfterWaiting()).isEmpty();
        assertThatThrownBy(() -> client.subscribe(POSTS, DocumentEnvelope.class, e -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLastSubscriptionClosingDisconnectsAndANewOneConnectsAgain() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()));
        Subscription subscription = client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextPeer();
        awaitOpen();

        subscription.close();
        subscription.close();

        assertThat(awaitClosed()).isEqualTo(new ConnectionState.Closed(1000, "no subscriptions left", false));
        Recorder<String> seen = new Recorder<>();
        client.subscribe("account", DocumentEnvelope.class, e -> seen.add(e.payload().id()));
        ScriptedAppwriteServer.Peer again = server.nextPeer();
        awaitOpen();
        again.send(documentEvent("NEW", "n", "account"));
        assertThat(again.resource()).endsWith("channels%5B%5D=account");
        assertThat(seen.next()).isEqualTo("NEW");
    }

    @Test
    void aServerCloseWithPolicyViolationIsTerminal() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.socket().close(1008, "bad origin");

        assertThat(awaitClosed()).isEqualTo(new ConnectionState.Closed(1008, "bad origin", true));
    }

    @Test
    void buildRequiresAWebSocketUri() {
        assertThatThrownBy(() -> RealtimeClient.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("uri");
        assertThatThrownBy(() -> RealtimeClient.builder().uri(java.net.URI.create("https://x/v1/realtime")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ws://");
        assertThatThrownBy(() -> RealtimeClient.builder().header("Upgrade", "h2c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Upgrade");
        assertThatThrownBy(() -> RealtimeClient.builder().header("Sec-WebSocket-Protocol", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
