package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.realtime.Envelopes.AccountEnvelope;
import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import dev.asyncgen.realtime.Envelopes.Status;
import dev.asyncgen.realtime.Envelopes.StatusDocument;
import dev.asyncgen.realtime.Envelopes.StatusEnvelope;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.java_websocket.enums.Opcode;
import org.junit.jupiter.api.Test;

/** Handshake, decoding and routing against a scripted Appwrite server (legacy protocol). */
class RoutingTest extends ClientFixture {

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());

    @Test
    void handshakeCarriesQueryHeadersAndEncodedChannelsInOrder() throws Exception {
        RealtimeClient client = client(builder(server.uri())
                .query("extra", "a b&c")
                .header("x-appwrite-session", "secret-session"));

        client.subscribe(POSTS, DocumentEnvelope.class, e -> { });
        ScriptedAppwriteServer.Peer peer = server.nextPeer();

        assertThat(peer.resource()).isEqualTo("/v1/realtime?project=my-project&extra=a%20b%26c"
                + "&channels%5B%5D=databases.db.collections.posts.documents");
        assertThat(peer.handshake().getFieldValue("x-appwrite-session")).isEqualTo("secret-session");
        awaitOpen();
        assertThat(client.state()).isEqualTo(new ConnectionState.Open());
    }

    @Test
    void eventsGoToSubscriptionsWhoseChannelMatchesExactlyDecodedOncePerType() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<DocumentEnvelope> first = new Recorder<>();
        Recorder<DocumentEnvelope> second = new Recorder<>();
        Recorder<AccountEnvelope> account = new Recorder<>();
        Recorder<JsonNode> prefix = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, first::add);
        client.subscribe(POSTS, DocumentEnvelope.class, second::add);
        client.subscribe("account", AccountEnvelope.class, account::add);
        client.subscribe("databases.db", JsonNode.class, prefix::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("D1", "hello", POSTS, "documents"));
        peer.send("{\"type\":\"event\",\"data\":{\"events\":[],\"channels\":[\"account\"],"
                + "\"timestamp\":\"2026-05-29T12:34:56.000+00:00\",\"payload\":{\"$id\":\"U1\",\"name\":\"Ann\"}}}");

        DocumentEnvelope one = first.next();
        DocumentEnvelope two = second.next();
        assertThat(one.payload()).isEqualTo(new Envelopes.Document("D1", "hello"));
        assertThat(one.timestamp()).isEqualTo(OffsetDateTime.of(2026, 5, 29, 12, 34, 56, 0, ZoneOffset.ofHours(2)));
        assertThat(two).as("decoded once for both subscriptions of that type").isSameAs(one);
        assertThat(account.next().payload().name()).isEqualTo("Ann");
        assertThat(first.drain()).as("delivered once per subscription").isEmpty();
        assertThat(prefix.drain()).as("no prefix or wildcard matching").isEmpty();
    }

    @Test
    void anEventWhosePayloadComesFirstReachesEverySubscribedTypeFromOneRead() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<DocumentEnvelope> documents = new Recorder<>();
        Recorder<StatusEnvelope> statuses = new Recorder<>();
        Recorder<JsonNode> trees = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, documents::add);
        client.subscribe(POSTS, StatusEnvelope.class, statuses::add);
        client.subscribe(POSTS, JsonNode.class, trees::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        String data = "{\"payload\":{\"$id\":\"D1\",\"title\":\"first\",\"status\":\"PUBLISHED\"},"
                + "\"timestamp\":\"2026-05-29T12:34:56.000+02:00\",\"channels\":[\"" + POSTS + "\"]}";
        peer.send("{\"data\":" + data + ",\"type\":\"event\"}");

        assertThat(documents.next().payload()).isEqualTo(new Envelopes.Document("D1", "first"));
        assertThat(statuses.next().payload()).isEqualTo(new StatusDocument("D1", Status.PUBLISHED));
        assertThat(trees.next()).isEqualTo(new ObjectMapper().readTree(data));
    }

    @Test
    void onTheLegacyProtocolTheServersSubscriptionIdsAreIgnoredAndEventsRouteByChannel() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> seen = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> seen.add(e.payload().id()));
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        // Newer servers add their own ids for the connection's channels; they never equal the client's.
        peer.send(documentEvent("WITH_IDS", "t", POSTS)
                .replace("\"channels\":", "\"subscriptions\":[\"6650a1b2c3\"],\"channels\":"));

        assertThat(seen.next()).isEqualTo("WITH_IDS");
        assertThat(errors.drain()).isEmpty();
    }

    @Test
    void anEventNoSubscriptionMatchesIsCountedAndReportedOncePerConnection() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> seen = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> seen.add(e.payload().id()));
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("LOST1", "t", "documents"));
        peer.send(documentEvent("LOST2", "t", "files"));
        peer.send(documentEvent("FOUND", "t", POSTS));

        assertThat(seen.next()).isEqualTo("FOUND");
        java.util.List<RealtimeError> reported = errors.drain();
        assertThat(reported).extracting(RealtimeError::kind).containsExactly(RealtimeError.Kind.UNROUTED_EVENT);
        assertThat(reported.get(0).message()).contains("[documents]");
        assertThat(client.unroutedEvents()).isEqualTo(2);
    }

    @Test
    void garbageUnknownTypesAndUndecodablePayloadsAreReportedAndTheConnectionSurvives() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<DocumentEnvelope> typed = new Recorder<>();
        Recorder<JsonNode> untyped = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, typed::add);
        client.subscribe(POSTS, JsonNode.class, untyped::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send("this is not json");
        peer.send("{\"type\":\"mystery\",\"data\":{}}");
        peer.send("{\"type\":\"event\",\"data\":{\"channels\":[\"" + POSTS + "\"],\"timestamp\":\"yesterday\"}}");
        peer.send("{\"type\":\"error\",\"data\":{\"code\":1003,\"message\":\"Unknown message type\"}}");
        peer.send("{\"type\":\"pong\"}");
        peer.send(documentEvent("D2", "after", POSTS));

        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.UNDECODABLE_FRAME).message())
                .contains("not json");
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.UNKNOWN_FRAME_TYPE).message()).contains("mystery");
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.PAYLOAD_DECODE_FAILED).message())
                .contains(DocumentEnvelope.class.getName());
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.SERVER_ERROR).message()).contains("1003");
        assertThat(untyped.next().path("timestamp").asText()).as("other types still get it").isEqualTo("yesterday");
        assertThat(typed.next().payload().id()).isEqualTo("D2");
        assertThat(client.state()).isEqualTo(new ConnectionState.Open());
        assertThat(server.pendingPeer()).as("no reconnect").isNull();
    }

    @Test
    void unknownFieldsAndEnumValuesAreToleratedByTheDefaultMapper() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<StatusEnvelope> events = new Recorder<>();
        client.subscribe(POSTS, StatusEnvelope.class, events::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send("{\"type\":\"event\",\"version\":2,\"data\":{\"channels\":[\"" + POSTS + "\"],\"newField\":[1],"
                + "\"payload\":{\"$id\":\"E1\",\"status\":\"archived\",\"extra\":{\"a\":1}}}}");
        peer.send("{\"type\":\"event\",\"data\":{\"channels\":[\"" + POSTS + "\"],"
                + "\"payload\":{\"$id\":\"E2\",\"status\":\"PUBLISHED\"}}}");

        assertThat(events.next().payload()).isEqualTo(new StatusDocument("E1", Status.OTHER));
        assertThat(events.next().payload()).isEqualTo(new StatusDocument("E2", Status.PUBLISHED));
        assertThat(errors.drain()).isEmpty();
    }

    @Test
    void fragmentedAndOneMegabyteMessagesArriveWhole() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<DocumentEnvelope> events = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, events::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        byte[] fragmented = documentEvent("F1", "in pieces", POSTS).getBytes(StandardCharsets.UTF_8);
        int third = fragmented.length / 3;
        peer.socket().sendFragmentedFrame(Opcode.TEXT, ByteBuffer.wrap(fragmented, 0, third), false);
        peer.socket().sendFragmentedFrame(Opcode.TEXT, ByteBuffer.wrap(fragmented, third, third), false);
        peer.socket().sendFragmentedFrame(Opcode.TEXT,
                ByteBuffer.wrap(fragmented, 2 * third, fragmented.length - 2 * third), true);
        String big = "x".repeat(1024 * 1024);
        peer.send(documentEvent("BIG", big, POSTS));

        assertThat(events.next().payload().title()).isEqualTo("in pieces");
        assertThat(events.next().payload().title()).isEqualTo(big);
    }

    @Test
    void aMessageOverTheSizeCapIsSkippedAndReported() throws Exception {
        RealtimeClient client = client(builder(server.uri()).maxMessageSize(2_000));
        Recorder<DocumentEnvelope> events = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, events::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("HUGE", "y".repeat(5_000), POSTS));
        peer.send(documentEvent("SMALL", "fits", POSTS));

        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.MESSAGE_TOO_LARGE).message()).contains("2000");
        assertThat(events.next().payload().id()).isEqualTo("SMALL");
    }

    @Test
    void handlerExceptionsAreReportedAndLaterEventsStillArrive() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> seen = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> {
            seen.add(e.payload().id());
            throw new IllegalStateException("handler bug");
        });
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("A", "a", POSTS));
        peer.send(documentEvent("B", "b", POSTS));

        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.HANDLER_FAILED).cause())
                .hasMessage("handler bug");
        assertThat(seen.next()).isEqualTo("A");
        assertThat(seen.next()).isEqualTo("B");
    }

    @Test
    void callbacksRunOnTheClientsCallbackThread() throws Exception {
        RealtimeClient client = client(builder(server.uri()));
        Recorder<String> threads = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> threads.add(Thread.currentThread().getName()));
        server.nextPeer().send(documentEvent("T", "t", POSTS));

        assertThat(threads.next()).startsWith(RealtimeClient.THREAD_NAME_PREFIX).endsWith("-callbacks");
    }
}
