package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.Document;
import dev.asyncgen.runtime.Jackson3Codec;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Payloads decoded by Jackson 3 through a codec, frames still read by the runtime, against a scripted server. */
class Jackson3CodecTest extends ClientFixture {

    /** Only Jackson 3 decodes this: Jackson 2 ignores {@code tools.jackson} annotations and cannot make an interface. */
    @JsonDeserialize(as = Jackson3Envelope.class)
    interface AnyEnvelope {
    }

    record Jackson3Envelope(List<String> events, List<String> channels, OffsetDateTime timestamp, Document payload)
            implements AnyEnvelope {
    }

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());

    @Test
    void eventsDecodeThroughTheCodecKeepingOffsetsAndIgnoringUnknownProperties() throws Exception {
        RealtimeClient client = client(builder(server.uri()).codec(Jackson3Codec.standard()));
        Recorder<AnyEnvelope> events = new Recorder<>();
        client.subscribe(POSTS, AnyEnvelope.class, events::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("D1", "hello", POSTS)); // its payload has a "$unknownField" too

        assertThat(events.next()).isInstanceOfSatisfying(Jackson3Envelope.class, envelope -> {
            assertThat(envelope.payload()).isEqualTo(new Document("D1", "hello"));
            assertThat(envelope.timestamp())
                    .isEqualTo(OffsetDateTime.of(2026, 5, 29, 12, 34, 56, 0, ZoneOffset.ofHours(2)));
            assertThat(envelope.channels()).containsExactly(POSTS);
        });
        assertThat(errors.drain()).isEmpty();
    }

    @Test
    void aPayloadTheCodecCannotDecodeIsReportedAndTheNextOneStillArrives() throws Exception {
        RealtimeClient client = client(builder(server.uri()).codec(Jackson3Codec.standard()));
        Recorder<AnyEnvelope> events = new Recorder<>();
        client.subscribe(POSTS, AnyEnvelope.class, events::add);
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();

        peer.send(documentEvent("D1", "hello", POSTS).replace("\"timestamp\":\"2026", "\"timestamp\":\"not 2026"));
        peer.send(documentEvent("D2", "again", POSTS));

        RealtimeError error = errors.next();
        assertThat(error.kind()).isEqualTo(RealtimeError.Kind.PAYLOAD_DECODE_FAILED);
        assertThat(error.message()).contains("does not decode as " + AnyEnvelope.class.getName());
        assertThat(((Jackson3Envelope) events.next()).payload().id()).isEqualTo("D2");
    }
}
