package dev.asyncgen.mqtt;

import dev.asyncgen.runtime.Published;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The few MQTT operations the client needs, over HiveMQ's MQTT 5 or MQTT 3 API (two unrelated type hierarchies).
 */
interface Wire {

    /**
     * Where every received PUBLISH goes, with manual acknowledgement: a QoS 1/2 message is acknowledged only when
     * its {@link Incoming#acknowledge} runs. Set before {@link #connect}, so that a resumed session's messages,
     * which arrive right after CONNACK, are not missed.
     */
    void deliveries(Consumer<Incoming> deliveries, Executor executor);

    /** Sends CONNECT; completes on a successful CONNACK. */
    CompletableFuture<Void> connect();

    /** Completes on a SUBACK granting the subscription, exceptionally when it is refused. */
    CompletableFuture<Void> subscribe(String filter, Qos qos);

    CompletableFuture<Void> unsubscribe(String filter);

    /** Completes when the broker confirms (at once for QoS 0, PUBACK for 1, PUBCOMP for 2). */
    CompletableFuture<Published> publish(
            String topic, byte[] payload, Map<String, String> userProperties, PublishOptions options);

    /** Sends DISCONNECT (or stops reconnecting); completes when the connection is down. */
    CompletableFuture<Void> disconnect();

    /**
     * One received PUBLISH.
     *
     * @param acknowledge sends PUBACK/PUBREC (once; a no-op at QoS 0)
     */
    record Incoming(String topic, byte[] payload, Map<String, String> userProperties, MqttMetadata metadata,
            Runnable acknowledge) {}
}
