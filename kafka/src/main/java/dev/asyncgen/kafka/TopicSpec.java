package dev.asyncgen.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to create a topic that does not exist yet, when the client declares topology
 * ({@link KafkaClient.Builder#declareTopology(boolean)}). An existing topic is left as it is.
 *
 * @param partitions the number of partitions, or empty for the broker's default
 * @param replicas the replication factor, or empty for the broker's default
 * @param configuration topic configuration ({@code cleanup.policy}, {@code retention.ms}, ...), as text
 */
public record TopicSpec(Optional<Integer> partitions, Optional<Short> replicas, Map<String, String> configuration) {

    /** The broker's defaults for everything. */
    public static final TopicSpec DEFAULTS = new TopicSpec(Optional.empty(), Optional.empty(), Map.of());

    public TopicSpec {
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(replicas, "replicas");
        partitions.filter(count -> count < 1).ifPresent(count -> {
            throw new IllegalArgumentException("a topic needs at least one partition, not " + count);
        });
        replicas.filter(count -> count < 1).ifPresent(count -> {
            throw new IllegalArgumentException("a topic needs at least one replica, not " + count);
        });
        configuration = Map.copyOf(new TreeMap<>(configuration));
    }

    public TopicSpec withPartitions(int count) {
        return new TopicSpec(Optional.of(count), replicas, configuration);
    }

    public TopicSpec withReplicas(int count) {
        if (count > Short.MAX_VALUE) {
            throw new IllegalArgumentException("too many replicas: " + count);
        }
        return new TopicSpec(partitions, Optional.of((short) count), configuration);
    }

    public TopicSpec withConfiguration(Map<String, String> configuration) {
        return new TopicSpec(partitions, replicas, configuration);
    }
}
