/**
 * What every asyncgen client runtime shares, whatever its transport (WebSocket, Kafka, MQTT, AMQP): the
 * connection {@link dev.asyncgen.runtime.ClientState}, {@link dev.asyncgen.runtime.Failure} (why a connection
 * ended) apart from {@link dev.asyncgen.runtime.Problem} (what went wrong with one message), subscriptions,
 * received messages with their acknowledgement, typed publishing, {@link dev.asyncgen.runtime.Backoff} and the
 * JSON {@link dev.asyncgen.runtime.Codec}. Each protocol module adds only its own transport.
 */
package dev.asyncgen.runtime;
