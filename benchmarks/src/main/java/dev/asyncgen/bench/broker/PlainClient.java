package dev.asyncgen.bench.broker;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The baseline: kafka-clients written directly with String serialisation, the JSON text built by hand, with the
 * runtime's guarantees (acks=all, idempotence; commits after handling, no auto-commit) and otherwise defaults.
 */
final class PlainClient implements BenchClient {
    private static final String ID = "bench-plain";
    private static final Duration POLL = Duration.ofMillis(200); // as the runtime's subscriptions poll
    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;

    PlainClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, ID + "-producer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    @Override
    public String name() {
        return "plain (KafkaProducer/KafkaConsumer, String)";
    }

    @Override
    public Phase produce(String run, int messages) throws Exception {
        String topic = "readings." + run;
        producer.send(new ProducerRecord<>(topic, Readings.json(0))).get();
        ThreadAllocation threads =
                ThreadAllocation.callerAnd(name -> name.equals("kafka-producer-network-thread | " + ID + "-producer"));
        long allocated = threads.bytes();
        long start = System.nanoTime();
        Future<RecordMetadata> last = null;
        for (int i = 1; i < messages; i++) {
            last = producer.send(new ProducerRecord<>(topic, Readings.json(i)));
        }
        last.get(); // one partition: the last acknowledgement comes after every other
        long nanos = System.nanoTime() - start;
        return new Phase(messages - 1, nanos, threads.bytes() - allocated);
    }

    @Override
    public Phase consume(String run, int messages) throws Exception {
        ReceiveCounter counter = new ReceiveCounter(messages);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.CLIENT_ID_CONFIG, ID + "-consumer",
                    ConsumerConfig.GROUP_ID_CONFIG, ID,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("readings." + run));
                int received = 0;
                while (received < messages) {
                    for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                        counter.received(record.value().length());
                        received++;
                    }
                    consumer.commitAsync();
                }
                consumer.commitSync();
            } catch (RuntimeException | Error thrown) {
                failed.set(thrown);
            }
        }, ID + "-consumer");
        thread.start();
        long expected = 0;
        for (int i = 0; i < messages; i++) {
            expected += Readings.json(i).length();
        }
        Phase phase;
        try {
            phase = counter.await(expected);
        } finally {
            thread.join();
        }
        if (failed.get() != null) {
            throw new IllegalStateException("the plain consumer failed", failed.get());
        }
        return phase;
    }

    @Override
    public void close() {
        producer.close();
    }
}
