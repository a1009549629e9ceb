package dev.asyncgen.bench.broker;

import dev.asyncgen.bench.readings.Reading;
import dev.asyncgen.runtime.JacksonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * kafka-clients written directly with byte[] values, with the runtime's guarantees (acks=all, idempotence; commits
 * after handling, no auto-commit) and otherwise defaults. {@link Format#TEXT} is the baseline: JSON text built by
 * hand and not parsed on receipt; {@link Format#JACKSON} encodes and decodes the generated record with the codec's
 * own mapper, so that what the runtime adds besides JSON shows apart.
 */
final class PlainClient implements BenchClient {
    private static final Duration POLL = Duration.ofMillis(200); // as the runtime's subscriptions poll
    private static final JacksonCodec CODEC = JacksonCodec.standard();

    /** How a message becomes bytes and back. */
    enum Format {
        TEXT("plain (KafkaProducer/Consumer, JSON text)"),
        JACKSON("plain + Jackson (the record, same mapper)");

        private final String title;

        Format(String title) {
            this.title = title;
        }

        byte[] encode(int i) throws IOException {
            return this == TEXT ? Readings.json(i).getBytes(StandardCharsets.UTF_8) : CODEC.encode(Readings.record(i));
        }

        /** The received message's checksum: its length as text, its sequence number decoded. */
        long checksum(byte[] value) throws IOException {
            return this == TEXT ? value.length : CODEC.decode(value, Reading.class).seq();
        }
    }

    private final String id;
    private final Format format;
    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    PlainClient(String bootstrapServers, Format format) {
        this.bootstrapServers = bootstrapServers;
        this.format = format;
        this.id = "bench-" + format.name().toLowerCase(java.util.Locale.ROOT);
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, id + "-producer",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public String name() {
        return format.title;
    }

    @Override
    public Phase produce(String run, int messages) throws Exception {
        String topic = "readings." + run;
        producer.send(new ProducerRecord<>(topic, format.encode(0))).get();
        ThreadAllocation threads =
                ThreadAllocation.callerAnd(name -> name.equals("kafka-producer-network-thread | " + id + "-producer"));
        long allocated = threads.bytes();
        long start = System.nanoTime();
        Future<RecordMetadata> last = null;
        for (int i = 1; i < messages; i++) {
            last = producer.send(new ProducerRecord<>(topic, format.encode(i)));
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
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.CLIENT_ID_CONFIG, id + "-consumer",
                    ConsumerConfig.GROUP_ID_CONFIG, id,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of("readings." + run));
                int received = 0;
                while (received < messages) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        counter.received(format.checksum(record.value()));
                        received++;
                    }
                    consumer.commitAsync();
                }
                consumer.commitSync();
            } catch (IOException | RuntimeException | Error thrown) {
                failed.set(thrown);
            }
        }, id + "-consumer");
        thread.start();
        long expected = 0;
        for (int i = 0; i < messages; i++) {
            expected += format.checksum(format.encode(i));
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
