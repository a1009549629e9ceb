package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The client ends connections with a Close frame, so the server records a clean close, not 1006. */
class CloseHandshakeTest extends ClientFixture {

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());

    @Test
    void closeSends1000() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextPeer();
        awaitOpen();

        client.close();

        assertThat(server.closes.poll(10, TimeUnit.SECONDS)).isEqualTo("1000 closed by client, by the client");
    }

    @Test
    void aChangeOfChannelsLeavesTheOldConnectionWith1001() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextPeer();
        awaitOpen();

        client.subscribe("account", DocumentEnvelope.class, e -> { });
        clock.awaitScheduled(Duration.ofMillis(100), 1);
        clock.advance(Duration.ofMillis(100));
        server.nextPeer();

        assertThat(server.closes.poll(10, TimeUnit.SECONDS)).isEqualTo("1001 resubscribing, by the client");
    }
}
