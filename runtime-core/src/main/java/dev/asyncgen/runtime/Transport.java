package dev.asyncgen.runtime;

import java.util.concurrent.CompletableFuture;

/** Sends encoded messages to one destination; each protocol module implements it over its client. */
@FunctionalInterface
public interface Transport {

    /** Completes when the broker confirms (Kafka ack, MQTT PUBACK/PUBCOMP, AMQP publisher confirm). */
    CompletableFuture<Published> publish(Outbound message);
}
