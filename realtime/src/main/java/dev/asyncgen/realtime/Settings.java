package dev.asyncgen.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asyncgen.runtime.Codec;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A built client's configuration, immutable.
 *
 * @param mapper reads and writes the frames, and decodes payloads when no codec is given
 * @param codec decodes payloads (e.g. with Jackson 3), or null for the mapper
 */
record Settings(
        URI uri,
        List<WireProtocol.QueryParameter> query,
        List<Map.Entry<String, String>> headers,
        WireProtocol protocol,
        Duration heartbeat,
        Duration watchdog,
        Backoff backoff,
        Duration resubscribeDebounce,
        int maxMessageChars,
        int callbackQueueCapacity,
        Consumer<? super ConnectionState> onStateChange,
        Consumer<? super RealtimeError> onError,
        ObjectMapper mapper,
        Codec codec,
        Scheduler scheduler,
        Duration closeTimeout) {
}
