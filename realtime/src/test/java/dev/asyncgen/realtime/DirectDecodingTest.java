package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import dev.asyncgen.runtime.Jackson3Codec;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Events decoded straight into the one type every subscription wants, and the token path when types differ. */
class DirectDecodingTest extends ClientFixture {

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());
    private final KindRecordingProtocol protocol = new KindRecordingProtocol();

    @Test
    void subscriptionsOfOneTypeShareOneDirectDecodeAndAnotherTypeFallsBackToTokens() throws Exception {
        RealtimeClient client = client(builder(server.uri()).protocol(protocol));
        Recorder<DocumentEnvelope> first = new Recorder<>();
        Recorder<DocumentEnvelope> second = new Recorder<>();
        Recorder<JsonNode> trees = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, first::add);
        client.subscribe(POSTS, DocumentEnvelope.class, second::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("ONE", "direct", POSTS));
        DocumentEnvelope one = first.next();
        assertThat(one.payload()).isEqualTo(new Envelopes.Document("ONE", "direct"));
        assertThat(second.next()).as("decoded once for both").isSameAs(one);

        Subscription tree = client.subscribe(POSTS, JsonNode.class, trees::add);
        peer.send(documentEvent("MIXED", "tokens", POSTS));
        assertThat(first.next().payload().id()).isEqualTo("MIXED");
        assertThat(second.next().payload().id()).isEqualTo("MIXED");
        assertThat(trees.next().path("payload").path("$id").asText()).isEqualTo("MIXED");

        tree.close();
        peer.send(documentEvent("AGAIN", "direct", POSTS));
        assertThat(first.next().payload().id()).isEqualTo("AGAIN");
        assertThat(second.next().payload().id()).isEqualTo("AGAIN");

        assertThat(protocol.events).containsExactly("DecodedEvent", "Event", "DecodedEvent");
        assertThat(errors.drain()).isEmpty();
    }

    @Test
    void anEventWhosePayloadPrecedesItsChannelsRoutesWhenDecodedDirectly() throws Exception {
        RealtimeClient client = client(builder(server.uri()).protocol(protocol));
        Recorder<JsonNode> trees = new Recorder<>();
        client.subscribe(POSTS, JsonNode.class, trees::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        String data = "{\"payload\":{\"$id\":\"D1\"},\"channels\":[\"" + POSTS + "\"]}";
        peer.send("{\"type\":\"event\",\"data\":" + data + "}");

        assertThat(trees.next()).isEqualTo(new ObjectMapper().readTree(data));
        assertThat(protocol.events).containsExactly("DecodedEvent");
    }

    @Test
    void aPayloadThatFailsToDecodeDirectlyIsReportedAsOnTheTokenPath() throws Exception {
        RealtimeClient client = client(builder(server.uri()).protocol(protocol));
        Recorder<DocumentEnvelope> typed = new Recorder<>();
        Recorder<JsonNode> trees = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, typed::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();
        String undecodable = "{\"type\":\"event\",\"data\":{\"channels\":[\"" + POSTS + "\"],"
                + "\"timestamp\":\"yesterday\"}}";

        peer.send(undecodable);
        RealtimeError alone = errors.await(e -> e.kind() == RealtimeError.Kind.PAYLOAD_DECODE_FAILED);
        client.subscribe(POSTS, JsonNode.class, trees::add);
        peer.send(undecodable);
        RealtimeError mixed = errors.await(e -> e.kind() == RealtimeError.Kind.PAYLOAD_DECODE_FAILED);

        assertThat(alone.message()).startsWith("event does not decode as " + DocumentEnvelope.class.getName() + ": ")
                .isEqualTo(mixed.message());
        assertThat(alone.cause()).hasSameClassAs(mixed.cause());
        assertThat(trees.next().path("timestamp").asText()).isEqualTo("yesterday");
        assertThat(typed.drain()).isEmpty();
        assertThat(errors.drain()).isEmpty();
    }

    @Test
    void aCodecKeepsTheTokenPath() throws Exception {
        RealtimeClient client = client(builder(server.uri()).protocol(protocol)
                .codec(Jackson3Codec.standard()));
        Recorder<DocumentEnvelope> typed = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, typed::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("C1", "codec", POSTS));

        assertThat(typed.next().payload().id()).isEqualTo("C1");
        assertThat(protocol.events).containsExactly("Event");
    }

    /** Legacy Appwrite, noting what each event frame was read as. */
    private static final class KindRecordingProtocol extends DelegatingProtocol {

        final List<String> events = new CopyOnWriteArrayList<>();

        KindRecordingProtocol() {
            super(AppwriteProtocol.legacy());
        }

        @Override
        public InboundFrame read(String text, ObjectMapper mapper, Class<?> type) throws IOException {
            InboundFrame frame = super.read(text, mapper, type);
            if (frame instanceof Event || frame instanceof DecodedEvent) {
                events.add(frame.getClass().getSimpleName());
            }
            return frame;
        }

        @Override
        public InboundFrame read(String text, ObjectMapper mapper) {
            throw new AssertionError("the client reads with its sole type");
        }
    }
}
