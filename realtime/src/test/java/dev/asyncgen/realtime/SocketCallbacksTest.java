package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import java.io.IOException;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client as the JDK's WebSocket sees it. Each connection attempt reaches a loopback server that never answers
 * the handshake; the test then plays the JDK's part on that attempt's listener ({@link FakeJdkSocket}), so it
 * decides exactly which socket calls what, and when.
 */
class SocketCallbacksTest extends ClientFixture {

    private static final String CONNECTED = "{\"type\":\"connected\",\"data\":{}}";

    private final RawSocketServer server = server(newServer());

    @Test
    void callbacksFromAStaleSocketChangeNothing() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> seen = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> seen.add(e.payload().id()), () -> seen.add("gap"));
        FakeJdkSocket first = nextAttempt(client);
        first.text(CONNECTED);
        awaitOpen();
        first.listener().onClose(first, 1001, "going away");
        awaitReconnecting();
        clock.advance(Duration.ofSeconds(1));
        FakeJdkSocket second = nextAttempt(client);
        second.text(CONNECTED);
        awaitOpen();
        assertThat(second.listener()).isNotSameAs(first.listener());
        errors.drain();

        // The old socket speaks up again: an event, a policy-violation close, an error, an open of its own.
        first.listener().onText(first, documentEvent("STALE", "s", POSTS), true);
        first.listener().onClose(first, 1008, "stale policy violation");
        first.listener().onError(first, new IOException("stale failure"));
        FakeJdkSocket lateOpen = FakeJdkSocket.openedFor(first.listener());
        second.text(documentEvent("FRESH", "f", POSTS));

        // FRESH reached the engine after all of the above, and its handler after anything they would have queued.
        assertThat(seen.next()).isEqualTo("gap");
        assertThat(seen.next()).as("the stale event is dropped").isEqualTo("FRESH");
        assertThat(states.drain()).as("no state change").isEmpty();
        assertThat(errors.drain()).as("nothing reported").isEmpty();
        assertThat(client.state()).isEqualTo(new ConnectionState.Open());
        assertThat(lateOpen.closeSent()).as("a socket opened for a stale attempt is closed").isEqualTo("1001 superseded");
        assertThat(second.closeSent()).isNull();
        assertThat(second.aborted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"close", "error"})
    void aCloseOrErrorIsHandledAfterTheFramesReceivedBeforeItAndReconnects(String ending) throws Exception {
        Recorder<String> timeline = new Recorder<>();
        List<String> stateThreads = new CopyOnWriteArrayList<>();
        RealtimeClient client = client(builder(server.uri()).onStateChange(state -> {
            stateThreads.add(Thread.currentThread().getName());
            timeline.add(state.getClass().getSimpleName());
            states.add(state);
        }));
        client.subscribe(POSTS, DocumentEnvelope.class, e -> timeline.add("event " + e.payload().id()));
        FakeJdkSocket first = nextAttempt(client);
        first.text(CONNECTED);
        awaitOpen();

        first.text(documentEvent("A", "a", POSTS));
        first.text(documentEvent("B", "b", POSTS));
        if (ending.equals("close")) {
            first.listener().onClose(first, 1001, "going away");
        } else {
            first.listener().onError(first, new IOException("connection reset"));
        }

        assertThat(awaitReconnecting().reason()).contains(ending.equals("close") ? "1001" : "connection reset");
        timeline.drain();
        assertThat(timeline.seen()).containsSubsequence("event A", "event B", "Reconnecting");
        assertThat(timeline.seen()).filteredOn(entry -> !entry.startsWith("event"))
                .as("every state change, in order").containsExactly("Connecting", "Open", "Reconnecting");
        assertThat(stateThreads).as("told on the callback thread").allMatch(name -> name.endsWith("-callbacks"));
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.CONNECTION_LOST)).isNotNull();
        clock.advance(Duration.ofSeconds(1));
        nextAttempt(client).text(CONNECTED);
        awaitOpen();
    }

    @Test
    void theClientAsksForOneMessageAtATimeAndAFloodOverflowsOnlyTheBoundedCallbackQueue() throws Exception {
        RealtimeClient client = client(builder(server.uri()).callbackQueueCapacity(3));
        CountDownLatch release = new CountDownLatch(1);
        Recorder<String> seen = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> {
            seen.add("event " + e.payload().id());
            await(release);
        }, () -> seen.add("gap"));
        FakeJdkSocket socket = nextAttempt(client);
        socket.text(CONNECTED);
        awaitOpen();

        String first = documentEvent("1", "one", POSTS);
        socket.textPart(first.substring(0, 40), false);
        socket.textPart(first.substring(40), true);
        assertThat(seen.next()).as("the handler now blocks").isEqualTo("event 1");
        // A peer flooding while the handler blocks: each message is delivered only once the client asks for it.
        for (int i = 2; i <= 200; i++) {
            socket.text(documentEvent(String.valueOf(i), "flood", POSTS));
        }
        socket.awaitDemand(); // the engine has handled all 200

        assertThat(socket.maxOutstanding()).as("never more than one message asked for ahead").isEqualTo(1);
        release.countDown();
        assertThat(seen.next()).isEqualTo("event 2");
        assertThat(seen.next()).isEqualTo("event 3");
        assertThat(seen.next()).isEqualTo("event 4");
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.CALLBACK_QUEUE_OVERFLOW).message())
                .contains("3 events");
        socket.text(documentEvent("201", "after", POSTS));
        assertThat(seen.next()).as("the dropped events are a gap").isEqualTo("gap");
        assertThat(seen.next()).as("the connection goes on").isEqualTo("event 201");
        assertThat(seen.drain()).isEmpty();
        assertThat(client.state()).isEqualTo(new ConnectionState.Open());
        assertThat(errors.seen()).filteredOn(e -> e.kind() == RealtimeError.Kind.CALLBACK_QUEUE_OVERFLOW).hasSize(1);
    }

    @Test
    void framesAreSentOneAtATimeInOrder() throws Exception {
        RealtimeClient client = client(builder(server.uri()).protocol(AppwriteProtocol.messages()));
        client.subscribe("a", DocumentEnvelope.class, e -> { });
        FakeJdkSocket socket = nextAttempt(client);
        socket.holdSends();
        socket.text(CONNECTED);
        awaitOpen();
        socket.awaitSent(1);

        client.subscribe("b", DocumentEnvelope.class, e -> { });
        client.subscribe("c", DocumentEnvelope.class, e -> { });
        engineCaughtUp(client);
        assertThat(socket.sent()).as("nothing more while the first send is pending").hasSize(1);
        socket.completeSend();
        socket.awaitSent(2);
        engineCaughtUp(client);
        assertThat(socket.sent()).hasSize(2);
        socket.completeSend();
        socket.awaitSent(3);

        assertThat(socket.sent()).satisfiesExactly(
                first -> assertThat(first).contains("subscribe").contains("\"a\""),
                second -> assertThat(second).contains("\"b\""),
                third -> assertThat(third).contains("\"c\""));
        assertThat(errors.drain()).as("no overlapping send was refused").isEmpty();
    }

    /** Returns once the engine has run everything handed to it before this call. */
    private static void engineCaughtUp(RealtimeClient client) throws Exception {
        client.engine().currentListener().get(10, TimeUnit.SECONDS);
    }

    /** Waits for the next connection attempt to reach the server and plays its successful handshake. */
    private FakeJdkSocket nextAttempt(RealtimeClient client) throws Exception {
        server.nextSocket(); // accepted, never answered: the JDK's own handshake stays pending
        WebSocket.Listener listener = client.engine().currentListener().get(10, TimeUnit.SECONDS);
        assertThat(listener).as("the engine's current attempt").isNotNull();
        return FakeJdkSocket.openedFor(listener);
    }

    private static RawSocketServer newServer() {
        try {
            return new RawSocketServer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
