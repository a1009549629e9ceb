package dev.asyncgen.amqp;

/**
 * The AMQP part of a confirmed publish: {@code published.metadata(AmqpConfirm.class)}.
 *
 * @param exchange the exchange it went to (empty for the default exchange)
 * @param routingKey its routing key
 * @param sequenceNumber the publisher-confirm sequence number on the client's publishing channel
 */
public record AmqpConfirm(String exchange, String routingKey, long sequenceNumber) {}
