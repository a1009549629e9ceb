package dev.asyncgen.amqp;

/**
 * A queue as the spec describes it. Declared (with these flags) only when the client is built with {@code
 * declareTopology(true)}; otherwise it must exist.
 *
 * @param exclusive only this connection may use it; the broker deletes it when the connection closes
 */
public record AmqpQueue(String name, boolean durable, boolean exclusive, boolean autoDelete) {

    public AmqpQueue {
        AmqpNames.requireShortString("queue name", name);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a queue name must not be empty (a private queue needs no AmqpQueue)");
        }
    }

    /** A durable, shared, kept queue. */
    public static AmqpQueue durable(String name) {
        return new AmqpQueue(name, true, false, false);
    }
}
