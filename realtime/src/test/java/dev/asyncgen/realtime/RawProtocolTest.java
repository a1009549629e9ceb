package dev.asyncgen.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link WireProtocol#raw()}: each text frame is one payload; open on handshake; WebSocket pings. */
class RawProtocolTest extends ClientFixture {

    record Tick(int n) {
    }

    @Test
    void everyFrameGoesToEverySubscriptionAndHeartbeatsAreControlPings() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        server.sendConnected = false;
        RealtimeClient client = client(builder(server.uri()).protocol(WireProtocol.raw()));
        Recorder<Tick> ticks = new Recorder<>();
        Recorder<JsonNode> nodes = new Recorder<>();
        client.subscribe("ticks", Tick.class, ticks::add);
        client.subscribe("anything", JsonNode.class, nodes::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send("{\"n\":7,\"extra\":true}");
        clock.awaitScheduled(Duration.ofSeconds(20), 1);
        clock.advance(Duration.ofSeconds(20));

        assertThat(peer.resource()).isEqualTo("/v1/realtime?project=my-project");
        assertThat(ticks.next()).isEqualTo(new Tick(7));
        assertThat(nodes.next().path("extra").asBoolean()).isTrue();
        assertThat(server.pings.poll(10, TimeUnit.SECONDS)).isEqualTo("control ping");
    }
}
