package dev.asyncgen.runtime;

import java.util.concurrent.CompletionStage;

/** How a transport settles one delivery with its broker. Called at most once per delivery. */
public interface Settlement {

    /** Done with it: Kafka marks the offset for commit, MQTT sends PUBACK/PUBREC, AMQP basic.ack. */
    CompletionStage<Void> ack();

    /**
     * Not processed: redelivered when {@code requeue} and the protocol can (AMQP basic.nack with requeue, Kafka a
     * seek back), else dropped (AMQP nack without requeue, which a queue's dead-letter exchange may catch).
     */
    CompletionStage<Void> reject(boolean requeue);
}
