package dev.asyncgen.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** Does what {@code delegate} does; a test protocol overrides only what it changes. */
abstract class DelegatingProtocol implements WireProtocol {

    private final WireProtocol delegate;

    DelegatingProtocol(WireProtocol delegate) {
        this.delegate = delegate;
    }

    @Override
    public URI handshakeUri(URI base, List<QueryParameter> query, SortedSet<String> channels) {
        return delegate.handshakeUri(base, query, channels);
    }

    @Override
    public boolean channelsInHandshake() {
        return delegate.channelsInHandshake();
    }

    @Override
    public boolean openOnHandshake() {
        return delegate.openOnHandshake();
    }

    @Override
    public Optional<String> heartbeatFrame() {
        return delegate.heartbeatFrame();
    }

    @Override
    public InboundFrame read(String text, ObjectMapper mapper) throws IOException {
        return delegate.read(text, mapper);
    }

    @Override
    public InboundFrame read(String text, ObjectMapper mapper, Class<?> type) throws IOException {
        return delegate.read(text, mapper, type);
    }

    @Override
    public List<String> subscribeFrames(Map<String, String> channelsById, ObjectMapper mapper) {
        return delegate.subscribeFrames(channelsById, mapper);
    }

    @Override
    public List<String> unsubscribeFrames(List<String> ids, ObjectMapper mapper) {
        return delegate.unsubscribeFrames(ids, mapper);
    }
}
