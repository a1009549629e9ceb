package dev.asyncgen.realtime.appwrite;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asyncgen.realtime.HandshakeQuery;
import dev.asyncgen.realtime.WireProtocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Appwrite Realtime's outer frame {@code {"type": ..., "data": ...}}. Subscribers' types decode from {@code data}
 * of {@code event} frames (the envelope: events, channels, timestamp, payload). Error 1008 is terminal, 1013 makes
 * the client back off and reconnect, other error codes are reported. {@code {"type":"ping"}} is the heartbeat.
 *
 * <p>Authentication: pass the session as a handshake header ({@code x-appwrite-session} or
 * {@code x-appwrite-jwt}) or a {@code Cookie} header through {@code RealtimeClient.Builder#header}.
 */
public final class AppwriteProtocol implements WireProtocol {

    private static final AppwriteProtocol LEGACY = new AppwriteProtocol(true);
    private static final AppwriteProtocol MESSAGES = new AppwriteProtocol(false);
    private static final String PING = "{\"type\":\"ping\"}";

    private final boolean legacy;

    private AppwriteProtocol(boolean legacy) {
        this.legacy = legacy;
    }

    /**
     * Channels in the handshake URL as repeated {@code channels[]}, as every server version understands (servers up
     * to 1.8 require it). Changing subscriptions reconnects with the new URL (debounced); routing by channel (the
     * {@code subscriptions} ids newer servers add are the server's own here, so they are ignored).
     */
    public static AppwriteProtocol legacy() {
        return LEGACY;
    }

    /**
     * Servers 1.9 and later: the handshake carries only the query; after {@code connected} the client sends
     * {@code subscribe}/{@code unsubscribe} frames (all subscriptions again after every reconnect), and events are
     * routed by the subscription ids the server lists.
     */
    public static AppwriteProtocol messages() {
        return MESSAGES;
    }

    @Override
    public URI handshakeUri(URI base, List<QueryParameter> query, SortedSet<String> channels) {
        List<QueryParameter> parameters = new ArrayList<>(query);
        if (legacy) {
            channels.forEach(channel -> parameters.add(new QueryParameter("channels[]", channel)));
        }
        return HandshakeQuery.append(base, parameters);
    }

    @Override
    public boolean channelsInHandshake() {
        return legacy;
    }

    @Override
    public boolean openOnHandshake() {
        return false;
    }

    @Override
    public Optional<String> heartbeatFrame() {
        return Optional.of(PING);
    }

    /**
     * Streams the frame: the routing fields as values, {@code data} of an event as tokens the subscribers' types
     * decode from (no tree in between); fields may come in any order.
     */
    @Override
    public InboundFrame read(String text, ObjectMapper mapper) throws IOException {
        String type = null;
        FrameData data = FrameData.NOT_AN_OBJECT;
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAnAppwriteFrame();
            }
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (field.equals("type")) {
                    type = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else if (field.equals("data")) {
                    data = FrameData.read(parser);
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (type == null) {
            throw notAnAppwriteFrame();
        }
        switch (type) {
            case "connected":
                return new Connected();
            case "event":
                if (data.tokens() == null) {
                    throw new IOException("event frame without an object 'data'");
                }
                // On a legacy connection the server made up the ids itself: they never name ours, so route by channel.
                List<String> ids = legacy ? List.of() : data.subscriptions();
                return new Event(data.tokens(), data.channels(), ids, false);
            case "error":
                JsonNode error = data.tree(mapper);
                int code = error.path("code").asInt(0);
                String message = error.path("message").asText("");
                return new ServerError(code, message, code == 1008, code == 1013);
            case "pong":
            case "response":
                return new Control(type);
            default:
                return new UnknownType(type);
        }
    }

    /**
     * An event whose {@code type} comes before its {@code data} object (as Appwrite sends them) is decoded from the
     * frame's own parser into {@code type}, the routing fields noted as the decoder passes them; every other frame,
     * and an event that fails to decode, is read again as {@link #read(String, ObjectMapper)} reads it.
     */
    @Override
    public InboundFrame read(String text, ObjectMapper mapper, Class<?> type) throws IOException {
        if (type != null) {
            try {
                InboundFrame decoded = readDecoded(text, mapper, type);
                if (decoded != null) {
                    return decoded;
                }
            } catch (IOException | RuntimeException e) {
                // Read again below: that reports the frame's or the payload's failure exactly as any other.
            }
        }
        return read(text, mapper);
    }

    /** The event decoded into {@code type}; null when the frame is not an event whose type precedes its data. */
    private DecodedEvent readDecoded(String text, ObjectMapper mapper, Class<?> type) throws IOException {
        String frameType = null;
        DecodedEvent event = null;
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                if (field.equals("type")) {
                    frameType = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else if (field.equals("data")) {
                    if (!"event".equals(frameType) || value != JsonToken.START_OBJECT) {
                        return null;
                    }
                    RoutingFieldsParser data = new RoutingFieldsParser(parser);
                    Object decoded = mapper.readValue(data, type);
                    if (decoded == null || !data.readWhole()) {
                        return null;
                    }
                    List<String> ids = legacy ? List.of() : data.subscriptions();
                    event = new DecodedEvent(decoded, data.channels(), ids);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return "event".equals(frameType) ? event : null;
    }

    @Override
    public List<String> subscribeFrames(Map<String, String> channelsById, ObjectMapper mapper) {
        if (legacy || channelsById.isEmpty()) {
            return List.of();
        }
        ObjectNode frame = mapper.createObjectNode().put("type", "subscribe");
        ArrayNode data = frame.putArray("data");
        channelsById.forEach((id, channel) -> {
            ObjectNode entry = data.addObject().put("subscriptionId", id);
            entry.putArray("channels").add(channel);
        });
        return List.of(write(mapper, frame));
    }

    @Override
    public List<String> unsubscribeFrames(List<String> ids, ObjectMapper mapper) {
        if (legacy || ids.isEmpty()) {
            return List.of();
        }
        ObjectNode frame = mapper.createObjectNode().put("type", "unsubscribe");
        ArrayNode data = frame.putArray("data");
        ids.forEach(id -> data.addObject().put("subscriptionId", id));
        return List.of(write(mapper, frame));
    }

    @Override
    public String toString() {
        return legacy ? "AppwriteProtocol.legacy()" : "AppwriteProtocol.messages()";
    }

    private static IOException notAnAppwriteFrame() {
        return new IOException("not an Appwrite frame (an object with a string 'type')");
    }

    private static String write(ObjectMapper mapper, JsonNode frame) {
        try {
            return mapper.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings always serialises
        }
    }
}
