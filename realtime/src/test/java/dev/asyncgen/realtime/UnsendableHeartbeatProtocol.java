package dev.asyncgen.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** Appwrite legacy, except that its heartbeat is a lone surrogate, which the JDK cannot encode: every ping fails. */
final class UnsendableHeartbeatProtocol implements WireProtocol {

    private final WireProtocol appwrite = AppwriteProtocol.legacy();

    @Override
    public URI handshakeUri(URI base, List<QueryParameter> query, SortedSet<String> channels) {
        return appwrite.handshakeUri(base, query, channels);
    }

    @Override
    public boolean channelsInHandshake() {
        return appwrite.channelsInHandshake();
    }

    @Override
    public boolean openOnHandshake() {
        return appwrite.openOnHandshake();
    }

    @Override
    public Optional<String> heartbeatFrame() {
        return Optional.of("\uD800");
    }

    @Override
    public InboundFrame read(String text, ObjectMapper mapper) throws IOException {
        return appwrite.read(text, mapper);
    }

    @Override
    public List<String> subscribeFrames(Map<String, String> channelsById, ObjectMapper mapper) {
        return appwrite.subscribeFrames(channelsById, mapper);
    }

    @Override
    public List<String> unsubscribeFrames(List<String> ids, ObjectMapper mapper) {
        return appwrite.unsubscribeFrames(ids, mapper);
    }
}
