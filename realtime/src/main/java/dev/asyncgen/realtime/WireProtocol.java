package dev.asyncgen.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The framing a server speaks over the WebSocket: how subscriptions reach it, what a heartbeat is, and how a text
 * message maps to events. Implementations are stateless and shared freely; the client calls them on its engine
 * thread only. See {@code AppwriteProtocol} and {@link #raw()}.
 */
public interface WireProtocol {

    /**
     * The handshake URI.
     *
     * @param base the configured URI (may carry its own query)
     * @param query the configured query parameters, in order
     * @param channels the channels of all active subscriptions, sorted (legacy Appwrite puts them in the URL)
     */
    URI handshakeUri(URI base, List<QueryParameter> query, SortedSet<String> channels);

    /** True when the subscribed channels live in the handshake URL, so a change of channels means reconnecting. */
    boolean channelsInHandshake();

    /** True when the connection is open once the handshake succeeds; false when the server confirms with a frame. */
    boolean openOnHandshake();

    /** The heartbeat text frame; empty to send WebSocket ping control frames instead. */
    Optional<String> heartbeatFrame();

    /**
     * Reads one complete text message.
     *
     * @throws IOException when it is not JSON or not the protocol's shape (reported, never fatal)
     */
    InboundFrame read(String text, ObjectMapper mapper) throws IOException;

    /**
     * Reads one complete text message when every subscription that could receive its event wants {@code type}: a
     * protocol that can decodes the event straight into {@code type} ({@link DecodedEvent}), with no tokens kept in
     * between. Anything it cannot or need not decode that way, a payload that fails to decode included, it reads as
     * {@link #read(String, ObjectMapper)} does, so failures are reported exactly as there. The default always does.
     */
    default InboundFrame read(String text, ObjectMapper mapper, Class<?> type) throws IOException {
        return read(text, mapper);
    }

    /**
     * Frames that subscribe on an open connection (messages-style protocols); empty when subscriptions travel in
     * the handshake.
     *
     * @param channelsById subscription id to channel, in subscription order
     */
    List<String> subscribeFrames(Map<String, String> channelsById, ObjectMapper mapper);

    /** Frames that end the given subscriptions on an open connection; empty when not applicable. */
    List<String> unsubscribeFrames(List<String> ids, ObjectMapper mapper);

    /** Each text frame is one JSON payload of the connection's channel, delivered to every subscription. */
    static WireProtocol raw() {
        return RawProtocol.INSTANCE;
    }

    /** A handshake query parameter; names and values are encoded by the protocol, so pass them unencoded. */
    record QueryParameter(String name, String value) {
        public QueryParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** One text message, as the protocol read it. */
    sealed interface InboundFrame {
    }

    /** The server accepted the subscriptions (Appwrite {@code connected}): the connection is now open. */
    record Connected() implements InboundFrame {
    }

    /**
     * An event.
     *
     * @param payload the tokens subscribers' types decode from (for Appwrite: the envelope, {@code data}), kept
     *     instead of a tree so that each type reads them directly; {@code payload.asParser()} replays them from the
     *     start, as often as needed
     * @param channels the channels it belongs to (exact match against subscriptions' channels)
     * @param subscriptionIds the client's subscription ids (those {@link #subscribeFrames} sent) the server says it
     *     matched; empty when it does not say or the ids are not the client's (the client then routes by channel)
     * @param broadcast true when it goes to every subscription regardless of channels (raw protocol)
     */
    record Event(TokenBuffer payload, List<String> channels, List<String> subscriptionIds, boolean broadcast)
            implements InboundFrame {
        public Event {
            Objects.requireNonNull(payload, "payload");
            channels = List.copyOf(channels);
            subscriptionIds = List.copyOf(subscriptionIds);
        }
    }

    /**
     * An event already decoded into the type {@link #read(String, ObjectMapper, Class)} was given.
     *
     * @param value the decoded payload, never null
     * @param channels as for {@link Event}
     * @param subscriptionIds as for {@link Event}
     */
    record DecodedEvent(Object value, List<String> channels, List<String> subscriptionIds) implements InboundFrame {
        public DecodedEvent {
            Objects.requireNonNull(value, "value");
            channels = List.copyOf(channels);
            subscriptionIds = List.copyOf(subscriptionIds);
        }
    }

    /**
     * An error frame from the server.
     *
     * @param terminal true when the client must give up (Appwrite 1008)
     * @param backOff true when the client should drop the connection and retry after the backoff (Appwrite 1013)
     */
    record ServerError(int code, String message, boolean terminal, boolean backOff) implements InboundFrame {
        public ServerError {
            Objects.requireNonNull(message, "message");
        }
    }

    /** A frame that needs no action (pong, a response to authentication); it still proves the connection alive. */
    record Control(String type) implements InboundFrame {
    }

    /** A well-formed frame of a type the protocol does not know: reported, never fatal. */
    record UnknownType(String type) implements InboundFrame {
    }
}
