package dev.asyncgen.kafka;

import java.util.Objects;

/**
 * Where a record sits in Kafka: the metadata of a received message ({@code message.metadata(RecordPosition.class)})
 * and of a publish confirmation ({@code published.metadata(RecordPosition.class)}).
 *
 * @param topic the topic
 * @param partition the partition
 * @param offset the record's offset in its partition
 * @param timestamp the record's timestamp in epoch milliseconds, or -1 when unknown
 */
public record RecordPosition(String topic, int partition, long offset, long timestamp) {

    public RecordPosition {
        Objects.requireNonNull(topic, "topic");
    }

    /** For a person: {@code topic orders partition 2 offset 17}. */
    @Override
    public String toString() {
        return text(topic, partition, offset);
    }

    /** The text of {@link #toString()}, for a record known by its place alone. */
    static String text(String topic, int partition, long offset) {
        return "topic " + topic + " partition " + partition + " offset " + offset;
    }
}
