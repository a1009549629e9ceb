package dev.asyncgen.mqtt;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt3.message.subscribe.suback.Mqtt3SubAckReturnCode;
import dev.asyncgen.runtime.Published;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** {@link Wire} over HiveMQ's MQTT 3.1.1 client: no user properties, no publish properties. */
final class Mqtt3Wire implements Wire {
    private final Mqtt3AsyncClient client;
    private final boolean cleanSession;
    private final int keepAliveSeconds;

    Mqtt3Wire(Mqtt3AsyncClient client, boolean cleanSession, int keepAliveSeconds) {
        this.client = client;
        this.cleanSession = cleanSession;
        this.keepAliveSeconds = keepAliveSeconds;
    }

    @Override
    public CompletableFuture<Void> connect() {
        return client.connectWith()
                .cleanSession(cleanSession)
                .keepAlive(keepAliveSeconds)
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
                    for (Mqtt3SubAckReturnCode code : subAck.getReturnCodes()) {
                        if (code.isError()) {
                            throw new SubscriptionRefusedException(filter, code + " (0x"
                                    + Integer.toHexString(code.getCode()) + ")");
                        }
                    }
                });
    }

    @Override
    public CompletableFuture<Void> unsubscribe(String filter) {
        return client.unsubscribeWith().topicFilter(filter).send();
    }

    @Override
    public CompletableFuture<Published> publish(
            String topic, byte[] payload, Map<String, String> userProperties, PublishOptions options) {
        // MqttClient refuses headers and MQTT 5 properties on a 3.1.1 client before they get here.
        Mqtt3Publish publish = Mqtt3Publish.builder()
                .topic(topic)
                .payload(payload)
                .qos(MqttQos.fromCode(options.qos().level()))
                .retain(options.retain())
                .build();
        return client.publish(publish).thenApply(sent -> new Published(topic, null));
    }

    @Override
    public CompletableFuture<Void> disconnect() {
        return client.disconnect();
    }

    private static Incoming incoming(Mqtt3Publish publish) {
        String topic = publish.getTopic().toString();
        MqttMetadata metadata = new MqttMetadata(
                topic, Qos.of(publish.getQos().getCode()), publish.isRetain(), null, null, null, null);
        return new Incoming(topic, publish.getPayloadAsBytes(), Map.of(), metadata, publish::acknowledge);
    }
}
