package dev.asyncgen.kafka;

import dev.asyncgen.runtime.Backoff;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.Delivery;
import dev.asyncgen.runtime.Failure;
import dev.asyncgen.runtime.Problem;
import dev.asyncgen.runtime.Settlement;
import dev.asyncgen.runtime.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.RetriableCommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;

/**
 * One subscription: its own consumer on its own thread, polling, handing each record to the dispatcher (which never
 * throws: a poison record or a failing handler is reported and skipped), and committing only what was settled:
 * after each batch, when partitions are revoked, and on close.
 */
final class KafkaSubscription implements Subscription {
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);
    private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

    private record Rewind(TopicPartition partition, long offset) {}

    private final String address;
    private final String topic;
    private final Pattern pattern;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Consumer<Delivery> dispatcher;
    private final Consumer<? super ClientError> errors;
    private final CompletableFuture<?> topology;
    private final Backoff backoff;
    private final Runnable onClosed;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final OffsetTracker offsets = new OffsetTracker();
    private final Queue<Rewind> rewinds = new ConcurrentLinkedQueue<>();
    private final Map<TopicPartition, Highest> highestDelivered = new java.util.HashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param topic the topic, or null with a pattern
     * @param pattern the topic pattern, or null with a topic
     * @param topology completes when the topic is declared (or declaring it failed and was reported)
     */
    KafkaSubscription(String topic, Pattern pattern, KafkaConsumer<byte[], byte[]> consumer, Consumer<Delivery> dispatcher,
            Consumer<? super ClientError> errors, CompletableFuture<?> topology, Backoff backoff, String threadName,
            Runnable onClosed) {
        this.topic = topic;
        this.pattern = pattern;
        this.address = topic != null ? topic : pattern.pattern();
        this.consumer = consumer;
        this.dispatcher = dispatcher;
        this.errors = errors;
        this.topology = topology;
        this.backoff = backoff;
        this.onClosed = onClosed;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public CompletableFuture<Void> ready() {
        return ready;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public void close() {
        if (!running) {
            awaitEnd();
            return;
        }
        running = false;
        closing.countDown();
        consumer.wakeup();
        awaitEnd();
    }

    private void awaitEnd() {
        if (Thread.currentThread() == thread) {
            return; // a handler closing its own subscription: the loop ends after it returns
        }
        try {
            thread.join(CLOSE_TIMEOUT.toMillis() * 2);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            topology.handle((done, failed) -> null).join();
            Listener listener = new Listener();
            if (pattern != null) {
                consumer.subscribe(pattern, listener);
            } else {
                consumer.subscribe(List.of(topic), listener);
            }
            int failures = 0;
            while (running) {
                ConsumerRecords<byte[], byte[]> records;
                try {
                    applyRewinds(new HashSet<>());
                    records = consumer.poll(POLL);
                    failures = 0;
                } catch (WakeupException wakeup) {
                    continue;
                } catch (RecordDeserializationException corrupt) {
                    report(new Problem(Problem.Kind.DECODE, corrupt.topicPartition().topic(),
                            position(corrupt.topicPartition(), corrupt.offset()),
                            "the record cannot be read and is skipped: " + corrupt.getClass().getSimpleName(), null, corrupt));
                    consumer.seek(corrupt.topicPartition(), corrupt.offset() + 1);
                    continue;
                } catch (KafkaException failed) {
                    failures++;
                    reportPollFailure(failed);
                    pause(backoff.delay(failures));
                    continue;
                }
                deliver(records);
                commit(offsets.toCommit(partition -> true, false), false);
            }
        } catch (RuntimeException | Error bug) {
            report(new Problem(Problem.Kind.INTERNAL, address, null, "the subscription stopped: " + bug, null, bug));
            if (bug instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        } finally {
            running = false;
            try {
                commit(offsets.toCommit(partition -> true, true), true);
            } finally {
                try {
                    consumer.close(CLOSE_TIMEOUT);
                } catch (RuntimeException ignored) {
                    // Closing is best effort: the group coordinator drops a silent member after its session timeout.
                }
                ready.completeExceptionally(new IllegalStateException("the subscription to " + address + " was closed"));
                onClosed.run();
            }
        }
    }

    /** Partition by partition, in each partition's order; the rest of a partition's batch is skipped once it is rewound. */
    private void deliver(ConsumerRecords<byte[], byte[]> records) {
        Set<TopicPartition> rewound = new HashSet<>();
        for (TopicPartition partition : records.partitions()) {
            Highest highest = highestDelivered.computeIfAbsent(partition, ignored -> new Highest());
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (!running) {
                    return;
                }
                if (rewound.contains(partition)) {
                    break;
                }
                long offset = record.offset();
                boolean redelivered = offset <= highest.offset;
                highest.offset = Math.max(highest.offset, offset);
                offsets.delivered(partition, offset);
                dispatcher.accept(delivery(record, partition, redelivered));
                applyRewinds(rewound);
            }
        }
    }

    private Delivery delivery(ConsumerRecord<byte[], byte[]> record, TopicPartition partition, boolean redelivered) {
        RecordPosition position = new RecordPosition(record.topic(), record.partition(), record.offset(), record.timestamp());
        byte[] payload = record.value() == null ? new byte[0] : record.value();
        RecordSettlement settlement = new RecordSettlement(partition, record.offset());
        return new Delivery(record.topic(), payload, headers(record), record.key(), redelivered, position, settlement, settlement);
    }

    /** The record's headers as text, in order; the empty map, made once, when it has none. */
    private static Map<String, String> headers(ConsumerRecord<byte[], byte[]> record) {
        Header[] all = record.headers().toArray();
        if (all.length == 0) {
            return Map.of();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : all) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    /** The highest offset handed to the dispatcher in one partition: a record at or below it is a redelivery. */
    private static final class Highest {
        long offset = -1;
    }

    /** Settles one record; also says where it is, the text made only when a problem is reported. */
    private final class RecordSettlement implements Settlement, Supplier<String> {
        private final TopicPartition partition;
        private final long offset;

        RecordSettlement(TopicPartition partition, long offset) {
            this.partition = partition;
            this.offset = offset;
        }

        @Override
        public CompletionStage<Void> ack() {
            offsets.settled(partition, offset);
            return DONE;
        }

        @Override
        public CompletionStage<Void> reject(boolean requeue) {
            if (requeue) {
                rewinds.add(new Rewind(partition, offset));
            } else {
                offsets.settled(partition, offset);
            }
            return DONE;
        }

        @Override
        public String get() {
            return position(partition, offset);
        }
    }

    /** Seeks back to records handed back for redelivery; the rest of the batch of their partitions is skipped. */
    private void applyRewinds(Set<TopicPartition> rewound) {
        for (Rewind rewind; (rewind = rewinds.poll()) != null; ) {
            try {
                consumer.seek(rewind.partition(), rewind.offset());
                offsets.rewound(rewind.partition(), rewind.offset());
                rewound.add(rewind.partition());
            } catch (IllegalStateException notAssigned) {
                // The partition moved to another member, which starts from the last commit: it comes again there.
            }
        }
    }

    private void commit(Map<TopicPartition, OffsetAndMetadata> toCommit, boolean wait) {
        if (toCommit.isEmpty()) {
            return;
        }
        try {
            if (wait) {
                try {
                    consumer.commitSync(toCommit, CLOSE_TIMEOUT);
                } catch (WakeupException closing) {
                    // close() woke the consumer after its last poll: the wake-up is used up, commit again.
                    consumer.commitSync(toCommit, CLOSE_TIMEOUT);
                }
            } else {
                consumer.commitAsync(toCommit, (committed, failed) -> {
                    if (failed != null) {
                        // Offered again with the next batch; only a failure that will not heal is reported.
                        offsets.notCommitted(toCommit.keySet());
                        if (!(failed instanceof RetriableCommitFailedException)) {
                            reportCommitFailure(failed);
                        }
                    }
                });
            }
        } catch (KafkaException failed) {
            reportCommitFailure(failed);
        }
    }

    private void reportCommitFailure(Exception failed) {
        report(new Problem(Problem.Kind.SERVER, address, null,
                "offsets not committed (the records since the last commit will be delivered again): " + failed, null, failed));
    }

    private void reportPollFailure(KafkaException failed) {
        Failure.Kind kind = failed instanceof AuthenticationException ? Failure.Kind.AUTHENTICATION
                : failed instanceof AuthorizationException ? Failure.Kind.AUTHORIZATION
                : failed instanceof InvalidTopicException ? Failure.Kind.CONFIGURATION
                : Failure.Kind.SERVER;
        report(new Failure(kind, "consuming " + address + " failed, retrying: " + failed.getMessage(), false, failed));
    }

    private void pause(Duration delay) {
        try {
            closing.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void report(ClientError error) {
        try {
            errors.accept(error);
        } catch (RuntimeException ignored) {
            // A listener that throws must not stop consumption.
        }
    }

    private static String position(TopicPartition partition, long offset) {
        return RecordPosition.text(partition.topic(), partition.partition(), offset);
    }

    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commit(offsets.toCommit(partitions::contains, true), true);
            offsets.forget(partitions);
            partitions.forEach(highestDelivered::remove);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            offsets.forget(partitions);
            partitions.forEach(highestDelivered::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            try {
                // Resolve where each partition starts now, so that a record published once ready() completes is
                // never behind a "latest" position looked up later.
                partitions.forEach(consumer::position);
            } catch (KafkaException notYet) {
                report(new Failure(Failure.Kind.SERVER, "the start positions of " + address + " are not known yet: "
                        + notYet.getMessage(), false, notYet));
            }
            ready.complete(null);
        }
    }

    @Override
    public String toString() {
        return "KafkaSubscription[" + address + (running ? "" : ", closed") + "]";
    }
}
