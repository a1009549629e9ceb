package dev.asyncgen.runtime;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A channel with every value of its parameters: what a broker facade's {@code subscribe} turns into the protocol's
 * wildcard (a Kafka topic pattern, an MQTT {@code +}, an AMQP {@code *} binding key). Generated code makes these in
 * its {@code ChannelPatterns} class; received messages then carry the concrete channel, parameters parsed back.
 *
 * @param template the channel's address with {@code {parameter}} placeholders
 * @param payloadType the payload type of its messages
 * @param parameters the parameter names, in the order they first appear
 * @param <P> the payload type
 */
public record ChannelPattern<P>(String template, Class<P> payloadType, List<String> parameters) {

    public ChannelPattern {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(payloadType, "payloadType");
        parameters = List.copyOf(parameters);
    }

    /** The template with each {@code {parameter}} replaced by {@code valueOf(parameter)}, the rest as written. */
    public String fill(Function<String, String> valueOf) {
        StringBuilder filled = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                filled.append(template, at, template.length());
                break;
            }
            filled.append(template, at, open).append(valueOf.apply(template.substring(open + 1, close)));
            at = close + 1;
        }
        return filled.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
