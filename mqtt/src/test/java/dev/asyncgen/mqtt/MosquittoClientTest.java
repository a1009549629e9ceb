package dev.asyncgen.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.ReceivedMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client against a real Mosquitto speaking MQTT 5, when {@code ASYNCGEN_MOSQUITTO_URI} names one
 * ({@code .ci/brokers/mosquitto.sh} starts it); skipped otherwise. MQTT 5 features are tested only here.
 */
class MosquittoClientTest extends MqttClientContract {
    static final String VARIABLE = "ASYNCGEN_MOSQUITTO_URI";

    /** The spec's headers, as generated code has them. */
    record TraceHeaders(String traceId, Integer hop) {}

    @BeforeAll
    static void requireMosquitto() {
        if (System.getenv(VARIABLE) == null) {
            System.out.println("MosquittoClientTest skipped: " + VARIABLE + " is not set (.ci/brokers/mosquitto.sh"
                    + " starts a Mosquitto and prints it)");
        }
        Assumptions.assumeTrue(System.getenv(VARIABLE) != null, VARIABLE + " is not set");
    }

    @Override
    URI brokerUri() {
        return URI.create(System.getenv(VARIABLE));
    }

    @Override
    MqttVersion version() {
        return MqttVersion.V5;
    }

    @Test
    void headersTravelAsUserPropertiesWithTheMqtt5PublishProperties() throws Exception {
        String topic = topic("mqtt5");
        BlockingQueue<ReceivedMessage<String, Reading>> received = new LinkedBlockingQueue<>();
        client().subscribe(topic, Qos.AT_LEAST_ONCE, dev.asyncgen.runtime.AckMode.AUTO,
                address -> java.util.Optional.of(new dev.asyncgen.runtime.Route<>(address, Reading.class,
                        TraceHeaders.class, null)),
                received::add).ready().get(10, TimeUnit.SECONDS);
        PublishOptions options = PublishOptions.defaults()
                .withMessageExpiry(Duration.ofSeconds(60))
                .withContentType("application/json")
                .withResponseTopic(topic + "/replies")
                .withCorrelationData("c-17".getBytes(StandardCharsets.UTF_8));
        Publisher<Reading> publisher = client().publisher(topic, options, TraceHeaders.class);

        publisher.message(new Reading("lamp", 5)).headers(new TraceHeaders("t-1", 2)).send().get(10, TimeUnit.SECONDS);

        ReceivedMessage<String, Reading> message = take(received);
        assertThat(message.headers(TraceHeaders.class)).isEqualTo(new TraceHeaders("t-1", 2));
        MqttMetadata metadata = message.metadata(MqttMetadata.class).orElseThrow();
        assertThat(metadata.contentType()).isEqualTo("application/json");
        assertThat(metadata.responseTopic()).isEqualTo(topic + "/replies");
        assertThat(new String(metadata.correlationData(), StandardCharsets.UTF_8)).isEqualTo("c-17");
        assertThat(metadata.messageExpiry()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60));
    }
}
