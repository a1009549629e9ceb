package dev.asyncgen.bench.broker;

import dev.asyncgen.bench.readings.Channels;
import dev.asyncgen.bench.readings.Kafka;
import dev.asyncgen.bench.readings.Reading;
import dev.asyncgen.runtime.Published;
import dev.asyncgen.runtime.Publisher;
import dev.asyncgen.runtime.Subscription;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Through the generated types: {@code Kafka.publisher(channel).send(record)} and {@code Kafka.subscribe}. */
final class TypedClient implements BenchClient {
    private static final String ID = "bench-typed";
    private final Kafka kafka;

    TypedClient(String bootstrapServers, Consumer<String> problems) {
        kafka = Kafka.builder()
                .bootstrapServers(bootstrapServers)
                .groupId(ID)
                .clientId(ID)
                .onError(error -> problems.accept(ID + ": " + error))
                .configure(runtime -> runtime.property("auto.offset.reset", "earliest"))
                .build();
    }

    @Override
    public String name() {
        return "typed (generated Kafka facade)";
    }

    @Override
    public Phase produce(String run, int messages) {
        Publisher<Reading> publisher = kafka.publisher(Channels.readings(run));
        publisher.send(Readings.record(0)).join();
        ThreadAllocation threads =
                ThreadAllocation.callerAnd(name -> name.equals("kafka-producer-network-thread | " + ID + "-producer"));
        long allocated = threads.bytes();
        long start = System.nanoTime();
        CompletableFuture<Published> last = null;
        for (int i = 1; i < messages; i++) {
            last = publisher.send(Readings.record(i));
        }
        last.join(); // one partition: the last acknowledgement comes after every other
        long nanos = System.nanoTime() - start;
        return new Phase(messages - 1, nanos, threads.bytes() - allocated);
    }

    @Override
    public Phase consume(String run, int messages) throws InterruptedException {
        ReceiveCounter counter = new ReceiveCounter(messages);
        try (Subscription subscription = kafka.subscribe(Channels.readings(run), m -> counter.received(m.payload().seq()))) {
            return counter.await((long) messages * (messages - 1) / 2);
        }
    }

    @Override
    public void close() {
        kafka.close();
    }
}
