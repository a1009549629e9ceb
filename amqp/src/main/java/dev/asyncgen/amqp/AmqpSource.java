package dev.asyncgen.amqp;

import java.util.Objects;

/**
 * Where a subscription takes its messages from.
 *
 * <ul>
 *   <li>{@link #queue(AmqpQueue)}: a named queue (shared with every other consumer of it);
 *   <li>{@link #exchange(AmqpExchange, String)}: a private queue the broker names, exclusive to this connection
 *       and deleted with it, bound to the exchange with the binding key. Messages published while the connection
 *       is down are not kept for it;
 *   <li>{@link #queue(AmqpQueue)} plus {@link #boundTo(AmqpExchange, String)}: a named queue bound to the exchange
 *       (the binding declared only under {@code declareTopology(true)}).
 * </ul>
 *
 * @param queue the named queue, or null for a private server-named one
 * @param exchange the exchange to bind to, or null
 * @param bindingKey the binding key, or null when there is no exchange
 */
public record AmqpSource(AmqpQueue queue, AmqpExchange exchange, String bindingKey) {

    public AmqpSource {
        if (queue == null && exchange == null) {
            throw new IllegalArgumentException("a source needs a queue, an exchange, or both");
        }
        if (exchange != null) {
            Objects.requireNonNull(bindingKey, "bindingKey");
            AmqpNames.requireShortString("binding key", bindingKey);
            if (queue == null && exchange.name().isEmpty()) {
                throw new IllegalArgumentException(
                        "a private queue cannot be bound to the default exchange; name the queue instead");
            }
        }
    }

    public static AmqpSource queue(AmqpQueue queue) {
        return new AmqpSource(Objects.requireNonNull(queue, "queue"), null, null);
    }

    /** A private server-named queue bound to {@code exchange} with {@code bindingKey}. */
    public static AmqpSource exchange(AmqpExchange exchange, String bindingKey) {
        return new AmqpSource(null, Objects.requireNonNull(exchange, "exchange"), bindingKey);
    }

    /** This source's named queue, bound to {@code exchange} with {@code bindingKey}. */
    public AmqpSource boundTo(AmqpExchange exchange, String bindingKey) {
        return new AmqpSource(queue, Objects.requireNonNull(exchange, "exchange"), bindingKey);
    }

    /** The queue name or, for a private queue, the exchange and binding key: what the subscription reports. */
    public String describe() {
        if (queue != null) {
            return "queue " + queue.name();
        }
        return "exchange " + exchange.name() + " binding key " + bindingKey;
    }
}
