package dev.asyncgen.kafka;

import dev.asyncgen.runtime.AckMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How one subscription consumes.
 *
 * @param groupId the consumer group, or empty for the client's ({@link KafkaClient.Builder#groupId})
 * @param ackMode who settles each message: {@link AckMode#AUTO} (the default) commits once the handler returns
 * @param topic how to create the topic under {@link KafkaClient.Builder#declareTopology(boolean)}, or empty to
 *     leave it to the broker (a pattern subscription never creates topics)
 */
public record SubscribeOptions(Optional<String> groupId, AckMode ackMode, Optional<TopicSpec> topic) {

    /** The client's group, automatic acknowledgement, no topic declaration. */
    public static final SubscribeOptions DEFAULTS = new SubscribeOptions(Optional.empty(), AckMode.AUTO, Optional.empty());

    public SubscribeOptions {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(ackMode, "ackMode");
        Objects.requireNonNull(topic, "topic");
        groupId.filter(String::isBlank).ifPresent(blank -> {
            throw new IllegalArgumentException("a consumer group id must not be blank");
        });
    }

    public SubscribeOptions withGroupId(String groupId) {
        return new SubscribeOptions(Optional.of(groupId), ackMode, topic);
    }

    public SubscribeOptions withAckMode(AckMode ackMode) {
        return new SubscribeOptions(groupId, ackMode, topic);
    }

    public SubscribeOptions withTopic(TopicSpec topic) {
        return new SubscribeOptions(groupId, ackMode, Optional.of(topic));
    }
}
