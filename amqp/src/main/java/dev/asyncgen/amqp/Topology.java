package dev.asyncgen.amqp;

import com.rabbitmq.client.Channel;
import java.io.IOException;

/**
 * Declares what the spec describes, only when asked to ({@code declareTopology(true)}); without it exchanges and
 * named queues must exist. A private queue (a subscription to an exchange without a named queue) is always
 * declared and bound: nothing else can create it. The library records each declaration and repeats it after a
 * recovery.
 */
final class Topology {
    private final boolean declare;

    Topology(boolean declare) {
        this.declare = declare;
    }

    boolean declares() {
        return declare;
    }

    void declare(Channel channel, AmqpExchange exchange) throws IOException {
        if (declare && !exchange.isPredeclared()) {
            channel.exchangeDeclare(exchange.name(), exchange.type(), exchange.durable(), exchange.autoDelete(), null);
        }
    }

    /** Declares and binds what {@code source} needs; returns the queue to consume from. */
    String declareFor(Channel channel, AmqpSource source) throws IOException {
        if (source.exchange() != null) {
            declare(channel, source.exchange());
        }
        AmqpQueue queue = source.queue();
        if (queue == null) {
            String privateQueue = channel.queueDeclare().getQueue();
            channel.queueBind(privateQueue, source.exchange().name(), source.bindingKey());
            return privateQueue;
        }
        if (declare) {
            channel.queueDeclare(queue.name(), queue.durable(), queue.exclusive(), queue.autoDelete(), null);
            if (source.exchange() != null && !source.exchange().name().isEmpty()) {
                channel.queueBind(queue.name(), source.exchange().name(), source.bindingKey());
            }
        }
        return queue.name();
    }
}
