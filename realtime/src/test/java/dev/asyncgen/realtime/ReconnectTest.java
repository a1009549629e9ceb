package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Every failure path reconnects with the backoff, resubscribes and reports the gap; heartbeats and the watchdog. */
class ReconnectTest extends ClientFixture {

    private static final Duration HEARTBEAT = Duration.ofSeconds(20);
    private static final Duration WATCHDOG = Duration.ofSeconds(45);

    @Test
    void aClosedConnectionIsReopenedWithTheSameChannelsAndSubscribersHearOfTheGap() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> seen = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> seen.add("event " + e.payload().id()),
                () -> seen.add("gap"));
        ScriptedAppwriteServer.Peer first = server.nextPeer();
        awaitOpen();
        first.send(documentEvent("BEFORE", "b", POSTS));
        assertThat(seen.next()).isEqualTo("event BEFORE");

        first.socket().close(1001, "going away");
        ConnectionState.Reconnecting reconnecting = awaitReconnecting();
        assertThat(reconnecting.attempt()).isEqualTo(1);
        assertThat(reconnecting.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(reconnecting.reason()).contains("1001");
        assertThat(server.pendingPeer()).as("waits for the backoff").isNull();
        clock.advance(Duration.ofSeconds(1));
        ScriptedAppwriteServer.Peer second = server.nextPeer();
        awaitOpen();
        second.send(documentEvent("AFTER", "a", POSTS));

        assertThat(second.resource()).isEqualTo(first.resource());
        assertThat(seen.next()).isEqualTo("gap");
        assertThat(seen.next()).isEqualTo("event AFTER");
        assertThat(states.seen()).containsSubsequence(new ConnectionState.Open(), reconnecting,
                new ConnectionState.Connecting(1), new ConnectionState.Open());
    }

    @Test
    void failedHandshakesCountUpTheBackoffAndAnOpenConnectionResetsIt() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        RealtimeClient client = client(builder(server.uri()).backoff(attempt -> {
            attempts.add(attempt);
            return Duration.ofSeconds(attempt);
        }));
        server.handshakesToReject.set(2);

        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        assertThat(awaitReconnecting().reason()).contains("HTTP");
        clock.advance(Duration.ofSeconds(1));
        assertThat(awaitReconnecting().attempt()).isEqualTo(2);
        clock.advance(Duration.ofSeconds(2));
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();
        peer.socket().close(1011, "internal");
        ConnectionState.Reconnecting afterOpen = awaitReconnecting();

        assertThat(afterOpen.attempt()).isEqualTo(1);
        assertThat(attempts).containsExactly(1, 2, 1);
    }

    @Test
    void heartbeatsFollowTheSchedule() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()).heartbeat(HEARTBEAT));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextPeer();
        awaitOpen();
        clock.awaitScheduled(HEARTBEAT, 1);

        clock.advance(HEARTBEAT.minusSeconds(1));
        assertThat(server.pings.poll()).as("not before 20 s").isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(server.pings.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("{\"type\":\"ping\"}");
        clock.awaitScheduled(HEARTBEAT, 2);
        clock.advance(HEARTBEAT);
        assertThat(server.pings.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("{\"type\":\"ping\"}");
    }

    @Test
    void aHeartbeatThatCannotBeSentCountsAsALostConnection() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()).protocol(new UnsendableHeartbeatProtocol()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextPeer();
        awaitOpen();
        clock.awaitScheduled(HEARTBEAT, 1);

        clock.advance(HEARTBEAT);

        assertThat(awaitReconnecting().reason()).startsWith("send failed");
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.CONNECTION_LOST).cause()).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        server.nextPeer();
        awaitOpen();
    }

    @Test
    void theWatchdogAbortsAServerThatHasGoneSilent() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        server.sendConnected = false;
        server.answerPings = false;
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextPeer();
        clock.awaitScheduled(HEARTBEAT, 1);

        clock.advance(WATCHDOG);

        assertThat(awaitReconnecting().reason()).contains("within PT45S");
        clock.advance(Duration.ofSeconds(1));
        assertThat(server.nextPeer()).as("a new attempt after the backoff").isNotNull();
    }

    @Test
    void theWatchdogAlsoBoundsAHandshakeThatIsNeverAnswered() throws Exception {
        RawSocketServer server = server(new RawSocketServer());
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        server.nextSocket(); // accepted, never answered
        clock.awaitScheduled(WATCHDOG, 1);

        clock.advance(WATCHDOG);

        assertThat(awaitReconnecting().reason()).contains("within PT45S");
        clock.advance(Duration.ofSeconds(1));
        assertThat(server.nextSocket()).isNotNull();
    }

    @Test
    void aTcpConnectionDroppedWithoutACloseFrameIsReconnected() throws Exception {
        RawSocketServer server = server(new RawSocketServer());
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        Socket first = server.nextSocket();
        String request = RawSocketServer.accept(first);
        RawSocketServer.sendText(first, "{\"type\":\"connected\",\"data\":{}}");
        awaitOpen();

        clock.awaitScheduled(HEARTBEAT, 1);

        first.close();
        // The JDK reports this at once or never (then the heartbeat or the watchdog notices), so the 1 s backoff
        // starts anywhere from 0 to 45 s and may already have fired: a fixed further advance could reach the new
        // attempt's own 45 s watchdog, which would rightly abort it.
        clock.advance(WATCHDOG);
        awaitReconnecting();
        clock.advanceToPending(Duration.ofSeconds(1));

        Socket second = server.nextSocket();
        assertThat(RawSocketServer.accept(second)).isEqualTo(request);
        RawSocketServer.sendText(second, "{\"type\":\"connected\",\"data\":{}}");
        awaitOpen();
    }

    @Test
    void aPeerThatStopsReadingNeverBlocksTheCallerAndIsAbandoned() throws Exception {
        RawSocketServer server = server(new RawSocketServer());
        RealtimeClient client = client(builder(server.uri()).protocol(AppwriteProtocol.messages()));
        client.subscribe("account", DocumentEnvelope.class, e -> { });
        Socket socket = server.nextSocket();
        RawSocketServer.accept(socket); // and never reads again
        RawSocketServer.sendText(socket, "{\"type\":\"connected\",\"data\":{}}");
        awaitOpen();
        clock.awaitScheduled(HEARTBEAT, 1);

        // Far more than loopback socket buffers hold: the client's sends stall, its callers must not.
        String longChannel = "c".repeat(1024 * 1024);
        for (int i = 0; i < 24; i++) {
            client.subscribe(longChannel + i, DocumentEnvelope.class, e -> { });
        }
        clock.advance(WATCHDOG);

        assertThat(awaitReconnecting().reason()).contains("within PT45S");
        client.close();
        assertThat(clientThreadsAfterWaiting()).isEmpty();
    }

    @Test
    void serverError1013BacksOffAndReconnects() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send("{\"type\":\"error\",\"data\":{\"code\":1013,\"message\":\"Too many messages\"}}");

        assertThat(awaitReconnecting().reason()).contains("1013");
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.SERVER_ERROR).message()).contains("Too many");
        clock.advance(Duration.ofSeconds(1));
        server.nextPeer();
        awaitOpen();
    }

    @Test
    void legacySubscriptionChangesReconnectOnceWithTheNewChannelsAfterTheDebounce() throws Exception {
        ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> gaps = new Recorder<>();
        client.subscribe("account", DocumentEnvelope.class, e -> { }, () -> gaps.add("account"));
        server.nextPeer();
        awaitOpen();

        client.subscribe("b", DocumentEnvelope.class, e -> { }, () -> gaps.add("b"));
        client.subscribe("a", DocumentEnvelope.class, e -> { }, () -> gaps.add("a"));
        clock.awaitScheduled(Duration.ofMillis(100), 2);
        clock.advance(Duration.ofMillis(100));
        ScriptedAppwriteServer.Peer swapped = server.nextPeer();
        awaitOpen();

        assertThat(swapped.resource()).endsWith("&channels%5B%5D=a&channels%5B%5D=account&channels%5B%5D=b");
        assertThat(gaps.next()).as("only the subscription that was live before").isEqualTo("account");
        assertThat(server.pendingPeer()).isNull();
    }
}
