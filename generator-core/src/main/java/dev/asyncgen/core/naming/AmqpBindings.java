package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A channel's AMQP 0-9-1 bindings (channel, operation and message, versions 0.1.0 to 0.3.0) read into what the
 * {@code Amqp} facade does with them, with the defaults it documents. Reading reports what cannot be honoured (a
 * warning naming the field) and what cannot work (an error), each at the channel.
 *
 * @param queueChannel {@code is: queue}: consumers read the queue; publishers send to the exchange (the default
 *     exchange when none is named) with the queue name as routing key
 * @param exchange the exchange; name {@code ""} for the default exchange
 * @param queue the named queue, or null (a routingKey channel's subscriber then gets a private queue)
 * @param contentEncoding the messages' {@code contentEncoding}, or null
 * @param messageType the messages' {@code messageType}, or null
 */
public record AmqpBindings(BrokerPlan.BrokerChannel channel, boolean queueChannel, Exchange exchange, Queue queue,
    Publish publish, boolean brokerAcks, String contentEncoding, String messageType) {

  /** An exchange: declared with these flags under {@code declareTopology(true)}. */
  public record Exchange(String name, String type, boolean durable, boolean autoDelete, String vhost) {
    public boolean isDefault() {
      return name.isEmpty();
    }
  }

  /** A queue: declared with these flags under {@code declareTopology(true)}. */
  public record Queue(String name, boolean durable, boolean exclusive, boolean autoDelete, String vhost) {}

  /** The operation bindings a publisher honours; null where the spec says nothing. */
  public record Publish(Integer deliveryMode, Boolean mandatory, Integer priority, Long expiration, List<String> cc,
      List<String> bcc, String replyTo, Boolean timestamp, String userId) {
    public Publish {
      cc = List.copyOf(cc);
      bcc = List.copyOf(bcc);
    }
  }

  private static final Set<String> CHANNEL_FIELDS = Set.of("is", "exchange", "queue", "bindingVersion");
  private static final Set<String> EXCHANGE_FIELDS = Set.of("name", "type", "durable", "autoDelete", "vhost");
  private static final Set<String> QUEUE_FIELDS = Set.of("name", "durable", "exclusive", "autoDelete", "vhost");
  private static final Set<String> OPERATION_FIELDS = Set.of("expiration", "userId", "cc", "priority", "deliveryMode",
      "mandatory", "bcc", "replyTo", "timestamp", "ack", "bindingVersion");
  private static final Set<String> MESSAGE_FIELDS = Set.of("contentEncoding", "messageType", "bindingVersion");
  private static final Set<String> EXCHANGE_TYPES = Set.of("topic", "direct", "fanout", "default", "headers");

  /** Reads without reporting (the emitter: the check has reported already). */
  public static AmqpBindings of(BrokerPlan.BrokerChannel channel) {
    return read(channel, new Diagnostics());
  }

  /** Reads {@code channel}'s bindings, reporting into {@code diagnostics}. */
  public static AmqpBindings read(BrokerPlan.BrokerChannel channel, Diagnostics diagnostics) {
    Reader reader = new Reader(channel, diagnostics);
    Map<String, Object> bindings = channel.channelBindings();
    reader.unknown("channel binding", bindings, CHANNEL_FIELDS);
    String is = reader.text(bindings, "is", "channel binding");
    boolean queueChannel = "queue".equals(is);
    if (is != null && !queueChannel && !is.equals("routingKey")) {
      reader.error("channel binding 'is' is '" + is + "'; it must be 'queue' or 'routingKey'");
    }
    Exchange exchange = reader.exchange(reader.object(bindings, "exchange"));
    Queue queue = reader.queue(reader.object(bindings, "queue"));
    if (queue == null && queueChannel) {
      queue = new Queue(channel.template(), true, false, false, null);
    }
    Publish publish = reader.publish(channel.publishBindings());
    reader.unknown("operation binding", channel.subscribeBindings(), OPERATION_FIELDS);
    Boolean ack = reader.bool(channel.subscribeBindings(), "ack", "operation binding");
    String contentEncoding = reader.messageField("contentEncoding");
    String messageType = reader.messageField("messageType");
    AmqpBindings read = new AmqpBindings(channel, queueChannel, exchange, queue, publish, ack == null || ack,
        contentEncoding, messageType);
    reader.consistency(read);
    return read;
  }

  /** The first virtual host an exchange or queue binding names, or null. */
  public static String virtualHost(List<AmqpBindings> channels) {
    for (AmqpBindings channel : channels) {
      if (channel.exchange().vhost() != null) {
        return channel.exchange().vhost();
      }
      if (channel.queue() != null && channel.queue().vhost() != null) {
        return channel.queue().vhost();
      }
    }
    return null;
  }

  /** Whether a {@code *} per parameter can subscribe to every value: a routingKey channel on a topic exchange. */
  public boolean wildcardable() {
    return !queueChannel && exchange.type().equals("topic") && !exchange.isDefault();
  }

  private static final class Reader {
    private final BrokerPlan.BrokerChannel channel;
    private final Diagnostics diagnostics;
    private final SourcePosition position;

    Reader(BrokerPlan.BrokerChannel channel, Diagnostics diagnostics) {
      this.channel = channel;
      this.diagnostics = diagnostics;
      this.position = channel.position();
    }

    void warn(String message) {
      diagnostics.warning(position, "channel '" + channel.id() + "': AMQP " + message);
    }

    void error(String message) {
      diagnostics.error(position, "channel '" + channel.id() + "': AMQP " + message);
    }

    void unknown(String where, Map<String, Object> map, Set<String> known) {
      for (String field : map.keySet()) {
        if (!known.contains(field)) {
          warn(where + " field '" + field + "' is not an AMQP 0-9-1 binding field; it is ignored");
        }
      }
    }

    Map<String, Object> object(Map<String, Object> map, String field) {
      Object value = map.get(field);
      if (value == null) {
        return null;
      }
      if (value instanceof Map<?, ?> object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) object;
        return fields;
      }
      error("channel binding '" + field + "' must be an object");
      return null;
    }

    String text(Map<String, Object> map, String field, String where) {
      Object value = map.get(field);
      if (value == null || value instanceof String) {
        return (String) value;
      }
      error(where + " '" + field + "' must be a string, not " + value);
      return null;
    }

    Boolean bool(Map<String, Object> map, String field, String where) {
      Object value = map.get(field);
      if (value == null || value instanceof Boolean) {
        return (Boolean) value;
      }
      error(where + " '" + field + "' must be true or false, not " + value);
      return null;
    }

    Long integer(Map<String, Object> map, String field, String where, long min, long max) {
      Object value = map.get(field);
      if (value == null) {
        return null;
      }
      if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
          && number.longValue() >= min && number.longValue() <= max) {
        return number.longValue();
      }
      error(where + " '" + field + "' must be an integer from " + min + " to " + max + ", not " + value);
      return null;
    }

    List<String> texts(Map<String, Object> map, String field) {
      Object value = map.get(field);
      if (value == null) {
        return List.of();
      }
      List<String> texts = new ArrayList<>();
      if (value instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof String text) {
            shortString("operation binding '" + field + "' entry", text);
            texts.add(text);
          } else {
            error("operation binding '" + field + "' must list strings, not " + item);
          }
        }
        return texts;
      }
      error("operation binding '" + field + "' must be a list of routing keys");
      return List.of();
    }

    void shortString(String what, String text) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > 255) {
        error(what + " is " + bytes + " bytes in UTF-8; AMQP allows at most 255");
      }
    }

    Exchange exchange(Map<String, Object> binding) {
      if (binding == null) {
        return new Exchange("", "direct", true, false, null);
      }
      unknown("exchange binding", binding, EXCHANGE_FIELDS);
      String name = text(binding, "name", "exchange binding");
      String type = text(binding, "type", "exchange binding");
      if (type != null && !EXCHANGE_TYPES.contains(type)) {
        error("exchange type '" + type + "' is none of topic, direct, fanout, default, headers");
        type = null;
      }
      if (name != null) {
        shortString("exchange name", name);
      }
      if ("default".equals(type) || name == null || name.isEmpty()) {
        if (name != null && !name.isEmpty()) {
          warn("exchange '" + name + "' has type 'default'; messages go through the default exchange, not '"
              + name + "'");
        } else if (type != null && !type.equals("default")) {
          warn("exchange of type '" + type + "' has no name; messages go through the default exchange");
        }
        return new Exchange("", "direct", true, false, text(binding, "vhost", "exchange binding"));
      }
      Boolean durable = bool(binding, "durable", "exchange binding");
      Boolean autoDelete = bool(binding, "autoDelete", "exchange binding");
      return new Exchange(name, type == null ? "topic" : type, durable == null || durable,
          autoDelete != null && autoDelete, text(binding, "vhost", "exchange binding"));
    }

    Queue queue(Map<String, Object> binding) {
      if (binding == null) {
        return null;
      }
      unknown("queue binding", binding, QUEUE_FIELDS);
      String name = text(binding, "name", "queue binding");
      if (name != null) {
        shortString("queue name", name);
      }
      Boolean durable = bool(binding, "durable", "queue binding");
      Boolean exclusive = bool(binding, "exclusive", "queue binding");
      Boolean autoDelete = bool(binding, "autoDelete", "queue binding");
      return new Queue(name == null || name.isEmpty() ? channel.template() : name, durable == null || durable,
          exclusive != null && exclusive, autoDelete != null && autoDelete, text(binding, "vhost", "queue binding"));
    }

    Publish publish(Map<String, Object> binding) {
      unknown("operation binding", binding, OPERATION_FIELDS);
      Long deliveryMode = integer(binding, "deliveryMode", "operation binding", 1, 2);
      Long priority = integer(binding, "priority", "operation binding", 0, 255);
      Long expiration = integer(binding, "expiration", "operation binding", 0, Long.MAX_VALUE);
      String replyTo = text(binding, "replyTo", "operation binding");
      if (replyTo != null) {
        shortString("replyTo", replyTo);
      }
      return new Publish(deliveryMode == null ? null : deliveryMode.intValue(),
          bool(binding, "mandatory", "operation binding"), priority == null ? null : priority.intValue(), expiration,
          texts(binding, "cc"), texts(binding, "bcc"), replyTo, bool(binding, "timestamp", "operation binding"),
          text(binding, "userId", "operation binding"));
    }

    /** The field when every message of the channel agrees on it; a warning and null when they differ. */
    String messageField(String field) {
      Set<String> values = new LinkedHashSet<>();
      for (Map<String, Object> binding : channel.messageBindings().values()) {
        values.add(text(binding, field, "message binding"));
      }
      if (values.size() > 1) {
        warn("message binding '" + field + "' differs between the channel's messages " + values
            + "; a publisher cannot tell which message it sends, so it sets none");
        return null;
      }
      return values.isEmpty() ? null : values.iterator().next();
    }

    void consistency(AmqpBindings read) {
      for (Map<String, Object> binding : channel.messageBindings().values()) {
        unknown("message binding", binding, MESSAGE_FIELDS);
      }
      if (read.exchange().type().equals("headers") && !read.queueChannel()) {
        warn("exchange '" + read.exchange().name() + "' is a headers exchange: it routes by headers, and the"
            + " routing key (the channel address) is ignored");
      }
      if (read.queueChannel() && !read.channel().parameters().isEmpty()) {
        warn("queue channel has parameters: each concrete address is its own queue, and it cannot be subscribed"
            + " to for every value at once");
      }
      shortString("channel address", read.channel().template());
    }
  }
}
