package dev.asyncgen.realtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Each text frame is one JSON payload of the connection's channel (for ws specs without an outer frame). Open on
 * handshake; heartbeats are WebSocket pings; every subscription receives every payload.
 */
final class RawProtocol implements WireProtocol {

    static final RawProtocol INSTANCE = new RawProtocol();

    private RawProtocol() {
    }

    @Override
    public URI handshakeUri(URI base, List<QueryParameter> query, SortedSet<String> channels) {
        return HandshakeQuery.append(base, query);
    }

    @Override
    public boolean channelsInHandshake() {
        return false;
    }

    @Override
    public boolean openOnHandshake() {
        return true;
    }

    @Override
    public Optional<String> heartbeatFrame() {
        return Optional.empty();
    }

    @Override
    public InboundFrame read(String text, ObjectMapper mapper) throws IOException {
        try (JsonParser parser = mapper.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new IOException("empty frame");
            }
            TokenBuffer payload = new TokenBuffer(parser);
            payload.copyCurrentStructure(parser);
            return new Event(payload, List.of(), List.of(), true);
        }
    }

    @Override
    public List<String> subscribeFrames(Map<String, String> channelsById, ObjectMapper mapper) {
        return List.of();
    }

    @Override
    public List<String> unsubscribeFrames(List<String> ids, ObjectMapper mapper) {
        return List.of();
    }

    @Override
    public String toString() {
        return "WireProtocol.raw()";
    }
}
