package dev.asyncgen.bench.broker;

import dev.asyncgen.kafka.KafkaClient;
import dev.asyncgen.runtime.Outbound;
import dev.asyncgen.runtime.Published;
import dev.asyncgen.runtime.Route;
import dev.asyncgen.runtime.Subscription;
import dev.asyncgen.runtime.Transport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The runtime under the facade with the JSON left out both ways: the hand-made text handed to the topic's
 * {@link Transport}, and a subscription whose route has a {@code byte[]} payload (the codec passes it through), the
 * checksum the plain client's (the length). What a {@code byte[]} channel would cost, had the codec a pass-through
 * for encoding too; the runtime's share of the typed client's time without JSON's.
 */
final class RawRuntimeClient implements BenchClient {
    private static final String ID = "bench-raw";
    private final KafkaClient kafka;

    RawRuntimeClient(String bootstrapServers, Consumer<String> problems) {
        kafka = KafkaClient.builder()
                .bootstrapServers(bootstrapServers)
                .groupId(ID)
                .clientId(ID)
                .onError(error -> problems.accept(ID + ": " + error))
                .property("auto.offset.reset", "earliest")
                .build();
    }

    @Override
    public String name() {
        return "runtime, byte[] payload (no JSON)";
    }

    @Override
    public Phase produce(String run, int messages) {
        String topic = "readings." + run;
        Transport transport = kafka.transport(topic, null);
        transport.publish(outbound(topic, 0)).join();
        ThreadAllocation threads =
                ThreadAllocation.callerAnd(name -> name.equals("kafka-producer-network-thread | " + ID + "-producer"));
        long allocated = threads.bytes();
        long start = System.nanoTime();
        CompletableFuture<Published> last = null;
        for (int i = 1; i < messages; i++) {
            last = transport.publish(outbound(topic, i));
        }
        last.join(); // one partition: the last acknowledgement comes after every other
        long nanos = System.nanoTime() - start;
        return new Phase(messages - 1, nanos, threads.bytes() - allocated);
    }

    private static Outbound outbound(String topic, int i) {
        return new Outbound(topic, Readings.json(i).getBytes(StandardCharsets.UTF_8), Map.of(), null);
    }

    @Override
    public Phase consume(String run, int messages) throws InterruptedException {
        String topic = "readings." + run;
        ReceiveCounter counter = new ReceiveCounter(messages);
        Route<String, byte[]> route = new Route<>(topic, byte[].class, null, null);
        long expected = 0;
        for (int i = 0; i < messages; i++) {
            expected += Readings.json(i).getBytes(StandardCharsets.UTF_8).length;
        }
        try (Subscription subscription = kafka.subscribe(topic, route, m -> counter.received(m.payload().length))) {
            return counter.await(expected);
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
