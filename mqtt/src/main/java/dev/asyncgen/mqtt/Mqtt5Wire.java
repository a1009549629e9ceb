package dev.asyncgen.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperties;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserPropertiesBuilder;
import com.hivemq.client.mqtt.mqtt5.datatypes.Mqtt5UserProperty;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishBuilder;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import dev.asyncgen.runtime.Published;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** {@link Wire} over HiveMQ's MQTT 5 client. */
final class Mqtt5Wire implements Wire {
    private final Mqtt5AsyncClient client;
    private final boolean cleanStart;
    private final int keepAliveSeconds;
    private final long sessionExpirySeconds;

    Mqtt5Wire(Mqtt5AsyncClient client, boolean cleanStart, int keepAliveSeconds, long sessionExpirySeconds) {
        this.client = client;
        this.cleanStart = cleanStart;
        this.keepAliveSeconds = keepAliveSeconds;
        this.sessionExpirySeconds = sessionExpirySeconds;
    }

    @Override
    public CompletableFuture<Void> connect() {
        return client.connectWith()
                .cleanStart(cleanStart)
                .keepAlive(keepAliveSeconds)
                .sessionExpiryInterval(sessionExpirySeconds)
                .send()
                .thenApply(connAck -> null);
    }

    @Override
    public void deliveries(Consumer<Incoming> deliveries, Executor executor) {
        client.publishes(MqttGlobalPublishFilter.ALL, publish -> deliveries.accept(incoming(publish)), executor, true);
    }

    @Override
    public CompletableFuture<Void> subscribe(String filter, Qos qos) {
        return client.subscribeWith()
                .topicFilter(filter)
                .qos(MqttQos.fromCode(qos.level()))
                .send()
                .thenAccept(subAck -> {
                    for (Mqtt5SubAckReasonCode code : subAck.getReasonCodes()) {
                        if (code.isError()) {
                            throw new SubscriptionRefusedException(filter, code + " (0x"
                                    + Integer.toHexString(code.getCode()) + ")"
                                    + subAck.getReasonString().map(reason -> ": " + reason).orElse(""));
                        }
                    }
                });
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        return client.unsubscribeWith().topicFilter(filter).send().thenApply(unsubAck -> null);
    }

    @Override
    public CompletableFuture<Published> publish(
            String topic, byte[] payload, Map<String, String> userProperties, PublishOptions options) {
        Mqtt5PublishBuilder.Complete builder = Mqtt5Publish.builder()
                .topic(topic)
                .payload(payload)
                .qos(MqttQos.fromCode(options.qos().level()))
                .retain(options.retain());
        if (options.messageExpiry() != null) {
            builder.messageExpiryInterval(options.messageExpiry().toSeconds());
        }
        if (options.contentType() != null) {
            builder.contentType(options.contentType());
        }
        if (options.responseTopic() != null) {
            builder.responseTopic(options.responseTopic());
        }
        if (options.correlationData() != null) {
            builder.correlationData(options.correlationData());
        }
        if (!userProperties.isEmpty()) {
            Mqtt5UserPropertiesBuilder properties = Mqtt5UserProperties.builder();
            userProperties.forEach(properties::add);
            builder.userProperties(properties.build());
        }
        return client.publish(builder.build()).thenApply(result -> {
            if (result.getError().isPresent()) {
                throw new PublishRefusedException(topic, result.getError().get());
            }
            return new Published(topic, null);
        });
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }

    private static Incoming incoming(Mqtt5Publish publish) {
        List<? extends Mqtt5UserProperty> userProperties = publish.getUserProperties().asList();
        Map<String, String> properties = userProperties.isEmpty() ? Map.of() : new LinkedHashMap<>();
        for (Mqtt5UserProperty property : userProperties) {
            // A header appears once in what asyncgen sends; of repeats, the first one counts.
            properties.putIfAbsent(property.getName().toString(), property.getValue().toString());
        }
        String topic = publish.getTopic().toString();
        MqttMetadata metadata = new MqttMetadata(
                topic,
                Qos.of(publish.getQos().getCode()),
                publish.isRetain(),
                publish.getMessageExpiryInterval().isPresent()
                        ? Duration.ofSeconds(publish.getMessageExpiryInterval().getAsLong())
                        : null,
                publish.getContentType().map(Object::toString).orElse(null),
                publish.getResponseTopic().map(Object::toString).orElse(null),
                publish.getCorrelationData().map(Mqtt5Wire::bytes).orElse(null));
        return new Incoming(topic, publish.getPayloadAsBytes(), properties, metadata, publish::acknowledge);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
