package dev.asyncgen.amqp;

import com.rabbitmq.client.AMQP;

/**
 * The AMQP part of a received message: {@code message.metadata(AmqpDelivery.class)}.
 *
 * @param exchange the exchange it was published to (empty for the default exchange)
 * @param routingKey its routing key
 * @param queue the queue it was consumed from
 * @param deliveryTag the channel's delivery tag
 * @param properties its content header: content type and encoding, delivery mode, priority, expiration, type,
 *     message and correlation ids, reply-to, timestamp, user and app id
 */
public record AmqpDelivery(
        String exchange, String routingKey, String queue, long deliveryTag, AMQP.BasicProperties properties) {}
