package dev.asyncgen.realtime.appwrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.asyncgen.realtime.WireProtocol;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AppwriteProtocolTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final URI base = URI.create("wss://cloud.appwrite.io/v1/realtime");
    private final List<WireProtocol.QueryParameter> project = List.of(new WireProtocol.QueryParameter("project", "p"));

    @Test
    void legacyPutsChannelsInTheHandshakeAndSendsNoSubscribeFrames() {
        AppwriteProtocol legacy = AppwriteProtocol.legacy();

        URI uri = legacy.handshakeUri(base, project, new TreeSet<>(List.of("b", "a")));

        assertThat(uri).hasToString(base + "?project=p&channels%5B%5D=a&channels%5B%5D=b");
        assertThat(legacy.channelsInHandshake()).isTrue();
        assertThat(legacy.subscribeFrames(Map.of("s1", "a"), mapper)).isEmpty();
        assertThat(legacy.unsubscribeFrames(List.of("s1"), mapper)).isEmpty();
    }

    @Test
    void messagesHandshakesWithTheQueryOnlyAndSubscribesByFrames() {
        AppwriteProtocol messages = AppwriteProtocol.messages();
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("s1", "account");
        channels.put("s2", "files");

        assertThat(messages.handshakeUri(base, project, new TreeSet<>(List.of("a")))).hasToString(base + "?project=p");
        assertThat(messages.subscribeFrames(channels, mapper)).containsExactly("{\"type\":\"subscribe\",\"data\":["
                + "{\"subscriptionId\":\"s1\",\"channels\":[\"account\"]},"
                + "{\"subscriptionId\":\"s2\",\"channels\":[\"files\"]}]}");
        assertThat(messages.unsubscribeFrames(List.of("s1"), mapper))
                .containsExactly("{\"type\":\"unsubscribe\",\"data\":[{\"subscriptionId\":\"s1\"}]}");
        assertThat(messages.heartbeatFrame()).contains("{\"type\":\"ping\"}");
    }

    @Test
    void readsEachFrameTypeToleratingUnknownFields() throws IOException {
        AppwriteProtocol protocol = AppwriteProtocol.messages();

        assertThat(protocol.read("{\"type\":\"connected\",\"data\":{\"channels\":[],\"new\":1}}", mapper))
                .isInstanceOf(WireProtocol.Connected.class);
        WireProtocol.Event event = (WireProtocol.Event) protocol.read("{\"type\":\"event\",\"data\":{\"channels\":"
                + "[\"account\"],\"subscriptions\":[\"s1\"],\"payload\":{}},\"more\":true}", mapper);
        assertThat(event.channels()).containsExactly("account");
        assertThat(event.subscriptionIds()).containsExactly("s1");
        assertThat(tree(event).has("payload")).isTrue();
        assertThat(protocol.read("{\"type\":\"error\",\"data\":{\"code\":1008,\"message\":\"m\"}}", mapper))
                .isEqualTo(new WireProtocol.ServerError(1008, "m", true, false));
        assertThat(protocol.read("{\"type\":\"error\",\"data\":{\"code\":1013,\"message\":\"m\"}}", mapper))
                .isEqualTo(new WireProtocol.ServerError(1013, "m", false, true));
        assertThat(protocol.read("{\"type\":\"pong\"}", mapper)).isEqualTo(new WireProtocol.Control("pong"));
        assertThat(protocol.read("{\"type\":\"presence\"}", mapper))
                .isEqualTo(new WireProtocol.UnknownType("presence"));
        assertThatThrownBy(() -> protocol.read("[1]", mapper)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> protocol.read("{\"type\":\"event\",\"data\":3}", mapper))
                .isInstanceOf(IOException.class);
    }

    @Test
    void readsRoutingFieldsWhereverTheyStandAndKeepsTheWholeDataForDecoding() throws IOException {
        String frame = "{\"data\":{\"payload\":{\"$id\":\"D1\",\"tags\":[\"a\",{\"b\":[1.5]}]},"
                + "\"subscriptions\":[\"s1\",7,\"s2\"],\"timestamp\":null,\"channels\":[\"documents\",\"files\"]},"
                + "\"extra\":{\"type\":\"not this one\"},\"type\":\"event\"}";

        WireProtocol.Event messages = (WireProtocol.Event) AppwriteProtocol.messages().read(frame, mapper);
        WireProtocol.Event legacy = (WireProtocol.Event) AppwriteProtocol.legacy().read(frame, mapper);

        assertThat(messages.channels()).containsExactly("documents", "files");
        assertThat(messages.subscriptionIds()).containsExactly("s1", "s2");
        assertThat(legacy.subscriptionIds()).as("legacy ids are the server's own").isEmpty();
        JsonNode data = mapper.readTree(frame).get("data");
        assertThat(tree(messages)).as("the whole data").isEqualTo(data);
        assertThat(tree(messages)).as("replayed").isEqualTo(data);
    }

    @Test
    void readsAnErrorWhoseDataComesBeforeItsType() throws IOException {
        String dataFirst = "{\"data\":{\"message\":\"m\",\"code\":1008},\"type\":\"error\"}";
        assertThat(AppwriteProtocol.messages().read(dataFirst, mapper))
                .isEqualTo(new WireProtocol.ServerError(1008, "m", true, false));
        assertThat(AppwriteProtocol.messages().read("{\"type\":\"error\",\"data\":[1]}", mapper))
                .isEqualTo(new WireProtocol.ServerError(0, "", false, false));
    }

    @Test
    void framesThatAreNotAppwritesAreRefusedWithTheSameMessages() {
        AppwriteProtocol protocol = AppwriteProtocol.messages();

        for (String frame : List.of("", "[1]", "null", "{\"type\":7}", "{\"type\":\"event\",\"type\":[]}",
                "{\"data\":{}}")) {
            assertThatThrownBy(() -> protocol.read(frame, mapper)).as(frame)
                    .isInstanceOf(IOException.class)
                    .hasMessage("not an Appwrite frame (an object with a string 'type')");
        }
        assertThatThrownBy(() -> protocol.read("{\"data\":null,\"type\":\"event\"}", mapper))
                .hasMessage("event frame without an object 'data'");
        assertThatThrownBy(() -> protocol.read("{\"type\":\"event\",\"data\":{\"channels\":[\"a\"", mapper))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Unexpected end-of-input: expected close marker for Array");
    }

    record Payload(@JsonProperty("$id") String id) {
    }

    record Envelope(List<String> channels, List<String> subscriptions, Payload payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PayloadOnly(Payload payload) {
    }

    /** Reads nothing of data: skips it whole. */
    @JsonDeserialize(using = Skipped.Deserializer.class)
    record Skipped() {
        static final class Deserializer extends JsonDeserializer<Skipped> {
            @Override
            public Skipped deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                parser.skipChildren();
                return new Skipped();
            }
        }
    }

    private static final String PAYLOAD_FIRST = "{\"type\":\"event\",\"data\":{\"payload\":{\"$id\":\"D1\"},"
            + "\"subscriptions\":[\"s1\",7,{\"s\":\"x\"},\"s2\"],\"more\":{\"channels\":[\"nested\"]},"
            + "\"channels\":[\"documents\",[\"deeper\"],\"files\"]}}";

    @Test
    void decodesAnEventStraightIntoTheOneTypeNotingRoutingFieldsWhereverTheyStand() throws IOException {
        ObjectMapper lenient = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        String frame = "{\"type\":\"event\",\"data\":{\"payload\":{\"$id\":\"D1\"},\"subscriptions\":[\"s1\",\"s2\"],"
                + "\"more\":1,\"channels\":[\"documents\",\"files\"]}}";

        WireProtocol.DecodedEvent event = (WireProtocol.DecodedEvent) AppwriteProtocol.messages()
                .read(frame, lenient, Envelope.class);

        assertThat(event.value()).isEqualTo(new Envelope(List.of("documents", "files"), List.of("s1", "s2"),
                new Payload("D1")));
        assertThat(event.channels()).containsExactly("documents", "files");
        assertThat(event.subscriptionIds()).containsExactly("s1", "s2");
        WireProtocol.DecodedEvent legacy = (WireProtocol.DecodedEvent) AppwriteProtocol.legacy()
                .read(frame, lenient, Envelope.class);
        assertThat(legacy.subscriptionIds()).as("legacy ids are the server's own").isEmpty();
    }

    @Test
    void notesTheRoutingFieldsOfATypeThatIgnoresOrSkipsThem() throws IOException {
        for (Class<?> type : List.of(PayloadOnly.class, Skipped.class, JsonNode.class)) {
            WireProtocol.DecodedEvent event = (WireProtocol.DecodedEvent) AppwriteProtocol.messages()
                    .read(PAYLOAD_FIRST, mapper, type);

            assertThat(event.channels()).as(type.getSimpleName()).containsExactly("documents", "files");
            assertThat(event.subscriptionIds()).as(type.getSimpleName()).containsExactly("s1", "s2");
        }
        WireProtocol.DecodedEvent tree = (WireProtocol.DecodedEvent) AppwriteProtocol.messages()
                .read(PAYLOAD_FIRST, mapper, JsonNode.class);
        assertThat(tree.value()).isEqualTo(mapper.readTree(PAYLOAD_FIRST).get("data"));
    }

    @Test
    void routingFieldsThatAreNotArraysOfStringsRouteNowhereAsOnTheTokenPath() throws IOException {
        String frame = "{\"type\":\"event\",\"data\":{\"channels\":\"documents\",\"subscriptions\":{\"a\":\"s1\"},"
                + "\"payload\":{}}}";

        WireProtocol.DecodedEvent decoded = (WireProtocol.DecodedEvent) AppwriteProtocol.messages()
                .read(frame, mapper, JsonNode.class);
        WireProtocol.Event buffered = (WireProtocol.Event) AppwriteProtocol.messages().read(frame, mapper);

        assertThat(decoded.channels()).isEqualTo(buffered.channels()).isEmpty();
        assertThat(decoded.subscriptionIds()).isEqualTo(buffered.subscriptionIds()).isEmpty();
    }

    @Test
    void keepsTheTokensWhenThePayloadDoesNotDecodeOrTheFrameIsNotADirectEvent() throws IOException {
        AppwriteProtocol protocol = AppwriteProtocol.messages();

        assertThat(protocol.read(PAYLOAD_FIRST, mapper, Envelope.class)).as("unknown field 'more': fails")
                .isInstanceOf(WireProtocol.Event.class);
        assertThat(protocol.read(PAYLOAD_FIRST, mapper, null)).as("no sole type")
                .isInstanceOf(WireProtocol.Event.class);
        String dataFirst = "{\"data\":{\"channels\":[\"a\"]},\"type\":\"event\"}";
        assertThat(protocol.read(dataFirst, mapper, JsonNode.class)).isInstanceOf(WireProtocol.Event.class);
        String retyped = "{\"type\":\"event\",\"data\":{\"code\":1008,\"message\":\"m\"},\"type\":\"error\"}";
        assertThat(protocol.read(retyped, mapper, JsonNode.class)).isEqualTo(protocol.read(retyped, mapper));
        for (String frame : List.of("{\"type\":\"connected\",\"data\":{}}", "{\"type\":\"pong\"}",
                "{\"type\":\"error\",\"data\":{\"code\":1008,\"message\":\"m\"}}")) {
            assertThat(protocol.read(frame, mapper, JsonNode.class)).as(frame).isEqualTo(protocol.read(frame, mapper));
        }
    }

    @Test
    void refusesBrokenFramesWithTheSameMessagesWhenDecodingDirectly() {
        AppwriteProtocol protocol = AppwriteProtocol.messages();

        for (String frame : List.of("[1]", "{\"type\":\"event\",\"data\":null}",
                "{\"type\":\"event\",\"data\":{\"payload\":{\"$id\":", "{\"type\":\"event\",\"data\":{},\"x\":[}")) {
            Throwable buffered = catchThrowable(() -> protocol.read(frame, mapper));
            assertThatThrownBy(() -> protocol.read(frame, mapper, JsonNode.class)).as(frame)
                    .isInstanceOf(IOException.class)
                    .hasMessage(buffered.getMessage());
        }
    }

    private JsonNode tree(WireProtocol.Event event) throws IOException {
        return mapper.readValue(event.payload().asParser(), JsonNode.class);
    }
}
