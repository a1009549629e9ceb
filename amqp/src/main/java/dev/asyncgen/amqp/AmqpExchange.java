package dev.asyncgen.amqp;

import java.util.Objects;
import java.util.Set;

/**
 * An exchange as the spec describes it. Declared (with these flags) only when the client is built with {@code
 * declareTopology(true)}; otherwise it must exist.
 *
 * @param name the exchange name; empty for the default exchange
 * @param type {@code direct}, {@code topic}, {@code fanout}, {@code headers} (or a plugin's type)
 */
public record AmqpExchange(String name, String type, boolean durable, boolean autoDelete) {
    private static final Set<String> STANDARD_TYPES = Set.of("direct", "topic", "fanout", "headers");

    public AmqpExchange {
        AmqpNames.requireShortString("exchange name", name);
        Objects.requireNonNull(type, "type");
        if (type.isEmpty()) {
            throw new IllegalArgumentException("exchange '" + name + "' has an empty type");
        }
    }

    /** The default exchange: routes a message to the queue named by its routing key. */
    public static AmqpExchange defaultExchange() {
        return new AmqpExchange("", "direct", true, false);
    }

    /** A durable, not auto-deleted topic exchange. */
    public static AmqpExchange topic(String name) {
        return new AmqpExchange(name, "topic", true, false);
    }

    public boolean isTopic() {
        return type.equals("topic");
    }

    /** The default exchange and the broker's {@code amq.*} exchanges exist already and may not be declared. */
    public boolean isPredeclared() {
        return name.isEmpty() || name.startsWith("amq.");
    }

    boolean isStandardType() {
        return STANDARD_TYPES.contains(type);
    }
}
