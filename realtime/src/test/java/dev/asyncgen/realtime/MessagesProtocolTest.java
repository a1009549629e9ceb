package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Appwrite 1.9+: subscribe/unsubscribe frames after {@code connected}, routing by subscription id. */
class MessagesProtocolTest extends ClientFixture {

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());

    private static String event(String id, String subscriptions) {
        return "{\"type\":\"event\",\"data\":{\"events\":[],\"channels\":[\"" + POSTS + "\"],"
                + "\"timestamp\":\"2026-05-29T12:34:56.000+00:00\",\"subscriptions\":" + subscriptions + ","
                + "\"payload\":{\"$id\":\"" + id + "\"}}}";
    }

    @Test
    void subscribesAfterConnectedRoutesByIdAndResubscribesAfterEveryReconnect() throws Exception {
        server.sendConnected = false;
        RealtimeClient client = client(builder(server.uri()).protocol(AppwriteProtocol.messages()));
        Recorder<String> seen = new Recorder<>();
        Subscription first = client.subscribe(POSTS, DocumentEnvelope.class,
                e -> seen.add("first " + e.payload().id()));
        Subscription second = client.subscribe(POSTS, DocumentEnvelope.class,
                e -> seen.add("second " + e.payload().id()), () -> seen.add("second gap"));
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        assertThat(peer.resource()).isEqualTo("/v1/realtime?project=my-project");
        assertThat(peer.received()).as("nothing before connected").isEmpty();

        peer.send("{\"type\":\"connected\",\"data\":{\"channels\":[]}}");
        assertThat(peer.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"data\":["
                + "{\"subscriptionId\":\"" + first.id() + "\",\"channels\":[\"" + POSTS + "\"]},"
                + "{\"subscriptionId\":\"" + second.id() + "\",\"channels\":[\"" + POSTS + "\"]}]}");
        peer.send(event("ONLY2", "[\"" + second.id() + "\"]"));
        assertThat(seen.next()).isEqualTo("second ONLY2");

        first.close();
        assertThat(peer.nextMessage())
                .isEqualTo("{\"type\":\"unsubscribe\",\"data\":[{\"subscriptionId\":\"" + first.id() + "\"}]}");
        peer.socket().close(1001, "restart");
        awaitReconnecting();
        clock.advance(Duration.ofSeconds(1));
        ScriptedAppwriteServer.Peer again = server.nextPeer();
        again.send("{\"type\":\"connected\",\"data\":{\"channels\":[]}}");

        assertThat(again.nextMessage()).isEqualTo("{\"type\":\"subscribe\",\"data\":["
                + "{\"subscriptionId\":\"" + second.id() + "\",\"channels\":[\"" + POSTS + "\"]}]}");
        assertThat(seen.next()).isEqualTo("second gap");
        again.send(event("BOTH", "[\"" + first.id() + "\",\"" + second.id() + "\"]"));
        assertThat(seen.next()).isEqualTo("second BOTH");
        assertThat(seen.drain()).as("a closed subscription gets nothing").isEmpty();
    }
}
