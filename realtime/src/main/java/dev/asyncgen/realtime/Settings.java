package dev.asyncgen.realtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A built client's configuration, immutable. */
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
        Scheduler scheduler,
        Duration closeTimeout) {
}
