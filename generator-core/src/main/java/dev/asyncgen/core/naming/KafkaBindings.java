package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.SecurityScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the Kafka facade makes of a {@link BrokerPlan}'s Kafka bindings: one reading, shared by the check (which
 * reports what cannot be honoured) and the emitter (which writes what can).
 */
public final class KafkaBindings {
  private static final Set<String> CHANNEL_FIELDS = Set.of("topic", "partitions", "replicas", "topicConfiguration", "bindingVersion");
  private static final Set<String> OPERATION_FIELDS = Set.of("groupId", "clientId", "bindingVersion");
  private static final Set<String> MESSAGE_FIELDS =
      Set.of("key", "schemaIdLocation", "schemaIdPayloadEncoding", "schemaLookupStrategy", "bindingVersion");
  private static final Set<String> SCHEMA_REGISTRY_FIELDS =
      Set.of("schemaIdLocation", "schemaIdPayloadEncoding", "schemaLookupStrategy");
  private static final Set<String> SERVER_FIELDS = Set.of("schemaRegistryUrl", "schemaRegistryVendor", "bindingVersion");
  private static final Pattern LEGAL_TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

  /** A security scheme type the facade has a builder setter for, and the setter's name. */
  public enum Security {
    PLAIN("saslPlain"),
    SCRAM_SHA_256("saslScramSha256"),
    SCRAM_SHA_512("saslScramSha512"),
    MUTUAL_TLS("mutualTls");

    private final String setter;

    Security(String setter) {
      this.setter = setter;
    }

    public String setter() {
      return setter;
    }

    /** The setter for a scheme's {@code type}, or null when the client has none. */
    static Security of(String type) {
      if (type == null) {
        return null;
      }
      return switch (type) {
        case "plain", "userPassword" -> PLAIN;
        case "scramSha256" -> SCRAM_SHA_256;
        case "scramSha512" -> SCRAM_SHA_512;
        case "X509" -> MUTUAL_TLS;
        default -> null;
      };
    }
  }

  /**
   * A channel as the facade uses it.
   *
   * @param topic the {@code topic} binding, or null when the address is the topic
   * @param partitions the {@code partitions} binding, or null
   * @param replicas the {@code replicas} binding, or null
   * @param topicConfiguration the {@code topicConfiguration} the broker takes, as text, in document order
   * @param keyType the key type the messages document, or null (then keys are read as text and any is sent)
   * @param groupId the fixed consumer group of the operation the role subscribes with, or null
   */
  public record Channel(String topic, Integer partitions, Integer replicas, Map<String, String> topicConfiguration,
      TypeName keyType, String groupId) {
    public Channel {
      topicConfiguration = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(topicConfiguration));
    }
  }

  /** One finding about a binding value: a warning (cannot be honoured) or an error (cannot work). */
  public record Finding(SourcePosition position, String message, boolean error) {}

  private KafkaBindings() {}

  /** The channel's bindings as the facade uses them; what it cannot use goes to {@code findings}. */
  public static Channel channel(BrokerPlan.BrokerChannel channel, List<Finding> findings) {
    String where = "channel '" + channel.id() + "': ";
    SourcePosition at = channel.position();
    Map<String, Object> bindings = channel.channelBindings();
    unknownFields(bindings, CHANNEL_FIELDS, at, where + "bindings.kafka.", findings);
    String topic = null;
    Object topicValue = bindings.get("topic");
    if (topicValue != null) {
      if (!(topicValue instanceof String text) || !LEGAL_TOPIC.matcher(text).matches() || text.equals(".") || text.equals("..")) {
        findings.add(new Finding(at, where + "bindings.kafka.topic " + quote(topicValue) + " is not a topic name Kafka"
            + " accepts (1 to 249 of a-z, A-Z, 0-9, '.', '_', '-', not '.' or '..')", true));
      } else if (!channel.parameters().isEmpty()) {
        findings.add(new Finding(at, where + "bindings.kafka.topic is not honoured on a channel with parameters:"
            + " the address, with the parameters' values, is the topic", false));
      } else {
        topic = text;
      }
    }
    if (topic == null && channel.parameters().isEmpty() && !LEGAL_TOPIC.matcher(channel.template()).matches()) {
      findings.add(new Finding(at, where + "Kafka refuses its address " + quote(channel.template()) + " as a topic name"
          + " (only a-z, A-Z, 0-9, '.', '_', '-'); give bindings.kafka.topic", false));
    }
    Integer partitions = count(bindings, "partitions", at, where, findings);
    Integer replicas = count(bindings, "replicas", at, where, findings);
    if (replicas != null && replicas > Short.MAX_VALUE) {
      findings.add(new Finding(at, where + "bindings.kafka.replicas " + replicas + " is more than Kafka allows", true));
      replicas = null;
    }
    Map<String, String> configuration = new LinkedHashMap<>();
    if (bindings.get("topicConfiguration") instanceof Map<?, ?> entries) {
      entries.forEach((key, value) -> {
        String name = String.valueOf(key);
        if (name.startsWith("confluent.")) {
          findings.add(new Finding(at, where + "bindings.kafka.topicConfiguration." + name + " is not honoured:"
              + " it is a Confluent Server setting (schema validation), which a plain Kafka broker refuses", false));
        } else if (value != null) {
          configuration.put(name, configurationText(value));
        }
      });
    } else if (bindings.containsKey("topicConfiguration")) {
      findings.add(new Finding(at, where + "bindings.kafka.topicConfiguration must be an object", true));
    }
    unknownFields(channel.publishBindings(), OPERATION_FIELDS, at, where + "operation bindings.kafka.", findings);
    unknownFields(channel.subscribeBindings(), OPERATION_FIELDS, at, where + "operation bindings.kafka.", findings);
    String groupId = channel.subscribe() ? fixed(channel.subscribeBindings().get("groupId")) : null;
    return new Channel(topic, partitions, replicas, configuration, keyType(channel, findings), groupId);
  }

  /** The fixed client id of the role's operations (the first when they differ, with a warning), or null. */
  public static String clientId(BrokerPlan plan, List<Finding> findings) {
    Map<String, SourcePosition> ids = new LinkedHashMap<>();
    for (BrokerPlan.BrokerChannel channel : plan.channels()) {
      for (Map<String, Object> operation : List.of(channel.publishBindings(), channel.subscribeBindings())) {
        String id = fixed(operation.get("clientId"));
        if (id != null) {
          ids.putIfAbsent(id, channel.position());
        }
      }
    }
    if (ids.size() > 1) {
      List<Map.Entry<String, SourcePosition>> all = new ArrayList<>(ids.entrySet());
      findings.add(new Finding(all.get(1).getValue(), "bindings.kafka.clientId: the operations fix different client ids ("
          + String.join(", ", ids.keySet()) + "); one client has one id, so " + all.get(0).getKey()
          + " is the default", false));
    }
    return ids.isEmpty() ? null : ids.keySet().iterator().next();
  }

  /** The server the facade connects to by default: the first one (servers speaking kafka or kafka-secure only). */
  public static BrokerPlan.BrokerServer defaultServer(BrokerPlan plan) {
    return plan.servers().isEmpty() ? null : plan.servers().get(0);
  }

  /** {@code host:port} of the server's default address, or null when a variable has no default. */
  public static String bootstrapServers(BrokerPlan.BrokerServer server) {
    if (server == null) {
      return null;
    }
    String address = server.defaultAddress();
    int scheme = address.indexOf("://");
    if (scheme >= 0) {
      address = address.substring(scheme + 3);
    }
    int path = address.indexOf('/');
    if (path >= 0) {
      address = address.substring(0, path);
    }
    return address.isEmpty() || address.contains("{") ? null : address;
  }

  /** Whether the server is reached over TLS ({@code kafka-secure}). */
  public static boolean secure(BrokerPlan.BrokerServer server) {
    return server != null && "kafka-secure".equalsIgnoreCase(server.protocol());
  }

  /** The security setters the servers' schemes ask for, in order; what has none goes to {@code findings}. */
  public static Set<Security> security(BrokerPlan plan, List<Finding> findings) {
    Set<Security> setters = new LinkedHashSet<>();
    Set<String> reported = new LinkedHashSet<>();
    for (BrokerPlan.BrokerServer server : plan.servers()) {
      for (SecurityScheme scheme : server.security()) {
        Security security = Security.of(scheme.type());
        if (security != null) {
          setters.add(security);
        } else if (reported.add(scheme.name())) {
          findings.add(new Finding(scheme.position(), "security scheme '" + scheme.name() + "' of type " + scheme.type()
              + " is not honoured by the Kafka facade (it has setters for plain, userPassword, scramSha256,"
              + " scramSha512 and X509); configure it through Kafka.builder().configure(...)", false));
        }
      }
    }
    return setters;
  }

  /** Warnings for the servers' bindings: a Schema Registry is not used. */
  public static void servers(BrokerPlan plan, List<Finding> findings) {
    for (BrokerPlan.BrokerServer server : plan.servers()) {
      String where = "server '" + server.name() + "': ";
      unknownFields(server.bindings(), SERVER_FIELDS, server.position(), where + "bindings.kafka.", findings);
      for (String field : List.of("schemaRegistryUrl", "schemaRegistryVendor")) {
        if (server.bindings().containsKey(field)) {
          findings.add(new Finding(server.position(), where + "bindings.kafka." + field + " is not honoured: the"
              + " Kafka facade does not use a Schema Registry (no Avro); payloads travel as JSON", false));
        }
      }
    }
  }

  private static TypeName keyType(BrokerPlan.BrokerChannel channel, List<Finding> findings) {
    String where = "channel '" + channel.id() + "': ";
    Set<TypeName> keys = new LinkedHashSet<>();
    boolean unkeyed = false;
    for (Map.Entry<String, Map<String, Object>> message : channel.messageBindings().entrySet()) {
      String field = where + "message '" + message.getKey() + "' bindings.kafka.";
      Map<String, Object> bindings = message.getValue();
      unknownFields(bindings, MESSAGE_FIELDS, channel.position(), field, findings);
      for (String registry : SCHEMA_REGISTRY_FIELDS) {
        if (bindings.containsKey(registry)) {
          findings.add(new Finding(channel.position(), field + registry + " is not honoured: the Kafka facade does not"
              + " use a Schema Registry; payloads travel as JSON", false));
        }
      }
      Object key = bindings.get("key");
      if (key == null) {
        unkeyed = true;
        continue;
      }
      TypeName type = key instanceof Map<?, ?> schema ? keyType(schema.get("type")) : null;
      if (type == null) {
        findings.add(new Finding(channel.position(), field + "key is not honoured as a type: only a string, integer,"
            + " number or boolean key schema is; the key is read as UTF-8 text", false));
        type = ClassName.get(String.class);
      }
      keys.add(type);
    }
    if (keys.size() > 1 || (keys.size() == 1 && unkeyed && channel.messageBindings().size() > 1)) {
      findings.add(new Finding(channel.position(), where + "its messages document different keys ("
          + keys.stream().map(TypeName::toString).collect(Collectors.joining(", "))
          + (unkeyed ? ", none" : "") + "), so the key is read as UTF-8 text and any key may be sent", false));
      return null;
    }
    return keys.isEmpty() ? null : keys.iterator().next();
  }

  private static TypeName keyType(Object type) {
    if (!(type instanceof String name)) {
      return null;
    }
    return switch (name) {
      case "string" -> ClassName.get(String.class);
      case "integer" -> ClassName.get(Long.class);
      case "number" -> ClassName.get(Double.class);
      case "boolean" -> ClassName.get(Boolean.class);
      default -> null;
    };
  }

  /** The value a schema fixes ({@code const}, a one-value {@code enum}, else the first, else {@code default}), or a plain value. */
  static String fixed(Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Map<?, ?> schema) {
      if (schema.get("const") != null) {
        return String.valueOf(schema.get("const"));
      }
      if (schema.get("enum") instanceof List<?> values && !values.isEmpty() && values.get(0) != null) {
        return String.valueOf(values.get(0));
      }
      if (schema.get("default") != null) {
        return String.valueOf(schema.get("default"));
      }
    }
    return null;
  }

  private static Integer count(Map<String, Object> bindings, String field, SourcePosition at, String where,
      List<Finding> findings) {
    Object value = bindings.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      try {
        int count = new BigDecimal(number.toString()).intValueExact();
        if (count >= 1) {
          return count;
        }
      } catch (ArithmeticException | NumberFormatException notAnInt) {
        // reported below
      }
    }
    findings.add(new Finding(at, where + "bindings.kafka." + field + " must be a whole number of at least 1, not "
        + quote(value), true));
    return null;
  }

  /** Kafka's text for a configuration value: a list (cleanup.policy) comma-separated. */
  private static String configurationText(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value);
  }

  private static void unknownFields(Map<String, Object> bindings, Set<String> known, SourcePosition at, String where,
      List<Finding> findings) {
    for (String field : bindings.keySet()) {
      if (!known.contains(field)) {
        findings.add(new Finding(at, where + field + " is not a Kafka binding field, so it is not honoured", false));
      }
    }
  }

  private static String quote(Object value) {
    String text = String.valueOf(value);
    return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
  }
}
