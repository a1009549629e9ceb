package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One reading of a {@link BrokerPlan}'s MQTT bindings (binding version 0.2.0), for the check (which reports what
 * cannot be honoured) and the facade emitter (which uses what can): the first server's connection settings, and
 * per channel what its publisher sends with and what its subscription asks for.
 */
public final class MqttBindings {
  private static final Set<String> SERVER_FIELDS =
      Set.of("clientId", "cleanSession", "keepAlive", "lastWill", "sessionExpiryInterval", "bindingVersion");
  private static final Set<String> OPERATION_FIELDS = Set.of("qos", "retain", "messageExpiryInterval", "bindingVersion");
  private static final Set<String> MESSAGE_FIELDS = Set.of("contentType", "responseTopic", "correlationData",
      "bindingVersion");

  /**
   * The server the facade connects to by default.
   *
   * @param uri its address with variable defaults filled in, or null when a variable has no default
   * @param mqtt5 whether it speaks MQTT 5 (its {@code protocolVersion} is 5 or absent) rather than 3.1.1
   * @param lastWill the will, or null
   * @param userPassword whether a security scheme asks for a user name and password
   * @param x509 whether a security scheme asks for a client certificate
   */
  public record Server(String name, String uri, boolean tls, boolean mqtt5, String clientId, Boolean cleanSession,
      Integer keepAlive, Long sessionExpiry, LastWill lastWill, boolean userPassword, boolean x509) {}

  /** The will: {@code message} travels as UTF-8. */
  public record LastWill(String topic, int qos, String message, boolean retain) {}

  /**
   * A channel's MQTT settings; null fields are left to the runtime's defaults.
   *
   * @param filter the topic filter a pattern subscription uses: each level holding a parameter is {@code +}
   * @param correlationData the correlation data every message carries (UTF-8), or null
   */
  public record Channel(BrokerPlan.BrokerChannel channel, String filter, Integer publishQos, Boolean retain,
      Long messageExpiry, String contentType, String responseTopic, String correlationData, Integer subscribeQos) {}

  private final Server server;
  private final List<Channel> channels;

  private MqttBindings(Server server, List<Channel> channels) {
    this.server = server;
    this.channels = List.copyOf(channels);
  }

  /** The first server, or null when the spec has none for MQTT. */
  public Server server() {
    return server;
  }

  public List<Channel> channels() {
    return channels;
  }

  /** Reads the plan; reports to {@code diagnostics} (when not null) what cannot be honoured or cannot work. */
  public static MqttBindings read(BrokerPlan plan, Diagnostics diagnostics) {
    Findings findings = new Findings(diagnostics);
    Server server = null;
    for (BrokerPlan.BrokerServer candidate : plan.servers()) {
      Server read = server(candidate, findings);
      if (server == null) {
        server = read;
      }
    }
    boolean mqtt5 = server == null || server.mqtt5();
    List<Channel> channels = new ArrayList<>();
    for (BrokerPlan.BrokerChannel channel : plan.channels()) {
      channels.add(channel(channel, mqtt5, findings));
    }
    return new MqttBindings(server, channels);
  }

  private static Server server(BrokerPlan.BrokerServer server, Findings findings) {
    String where = "server '" + server.name() + "'";
    SourcePosition at = server.position();
    Map<String, Object> bindings = server.bindings();
    findings.unknown(at, where, "", bindings, SERVER_FIELDS);
    String version = server.protocolVersion() == null ? "5" : server.protocolVersion().trim();
    boolean mqtt5 = switch (version) {
      case "5", "5.0" -> true;
      case "3.1.1", "3.1", "3", "4" -> false;
      default -> {
        findings.warn(at, where + ": protocolVersion '" + version + "' is not an MQTT version the client speaks;"
            + " it uses MQTT 5 (protocolVersion(...) on the builder's configure(...) changes it)");
        yield true;
      }
    };
    String protocol = server.protocol() == null ? "mqtt" : server.protocol().toLowerCase(Locale.ROOT);
    boolean tls = protocol.equals("mqtts") || protocol.equals("secure-mqtt");
    String uri = server.defaultAddress();
    if (uri != null) {
      uri = uri.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", tls ? "mqtts://" : "mqtt://");
      if (uri.endsWith("/")) {
        uri = uri.substring(0, uri.length() - 1);
      }
      if (uri.contains("{")) {
        uri = null;
      }
    }
    String clientId = text(bindings, "clientId", at, where, findings);
    Boolean cleanSession = bool(bindings, "cleanSession", at, where, findings);
    Integer keepAlive = whole(bindings, "keepAlive", 0, 65_535, at, where, findings);
    Long sessionExpiry = null;
    if (bindings.containsKey("sessionExpiryInterval")) {
      if (!mqtt5) {
        findings.warn(at, where + ": bindings.mqtt.sessionExpiryInterval is not honoured: MQTT 3.1.1 has no session"
            + " expiry (a persistent session lasts until the broker drops it)");
      } else if (bindings.get("sessionExpiryInterval") instanceof Map) {
        findings.warn(at, where + ": bindings.mqtt.sessionExpiryInterval is a schema, not a value, so it is not"
            + " honoured (the client keeps a session for a day unless sessionExpiry(...) is set)");
      } else {
        Integer seconds = whole(bindings, "sessionExpiryInterval", 0, Integer.MAX_VALUE, at, where, findings);
        sessionExpiry = seconds == null ? null : seconds.longValue();
      }
    }
    LastWill lastWill = lastWill(bindings.get("lastWill"), at, where, findings);
    boolean userPassword = false;
    boolean x509 = false;
    for (SecurityScheme scheme : server.security()) {
      String type = scheme.type() == null ? "" : scheme.type();
      switch (type) {
        case "userPassword" -> userPassword = true;
        case "X509" -> x509 = true;
        default -> findings.warn(scheme.position(), where + ": security scheme '" + scheme.name() + "' of type '"
            + type + "' is not supported by the MQTT client (userPassword and X509 are); configure it through"
            + " configure(...)");
      }
    }
    if (x509 && !tls) {
      findings.warn(at, where + ": an X509 security scheme needs TLS, but the server's protocol is '" + protocol
          + "'; use mqtts or secure-mqtt");
    }
    return new Server(server.name(), uri, tls, mqtt5, clientId, cleanSession, keepAlive, sessionExpiry, lastWill,
        userPassword, x509);
  }

  private static LastWill lastWill(Object value, SourcePosition at, String where, Findings findings) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> raw)) {
      findings.error(at, where + ": bindings.mqtt.lastWill must be an object with topic, qos, message and retain");
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> will = (Map<String, Object>) raw;
    findings.unknown(at, where, "lastWill.", will, Set.of("topic", "qos", "message", "retain"));
    String topic = text(will, "topic", at, where + ": bindings.mqtt.lastWill", findings);
    if (topic == null) {
      findings.warn(at, where + ": bindings.mqtt.lastWill has no topic, so it is not honoured");
      return null;
    }
    if (topic.isEmpty() || topic.contains("+") || topic.contains("#") || topic.indexOf('\0') >= 0) {
      findings.error(at, where + ": bindings.mqtt.lastWill.topic '" + topic + "' is not an MQTT topic name (empty,"
          + " or with '+', '#' or NUL)");
      return null;
    }
    Integer qos = whole(will, "qos", 0, 2, at, where + ": bindings.mqtt.lastWill", findings);
    String message = text(will, "message", at, where + ": bindings.mqtt.lastWill", findings);
    Boolean retain = bool(will, "retain", at, where + ": bindings.mqtt.lastWill", findings);
    return new LastWill(topic, qos == null ? 0 : qos, message == null ? "" : message, retain != null && retain);
  }

  private static Channel channel(BrokerPlan.BrokerChannel channel, boolean mqtt5, Findings findings) {
    String where = "channel '" + channel.id() + "'";
    SourcePosition at = channel.position();
    findings.unknown(at, where, "", channel.channelBindings(), Set.of("bindingVersion"));
    Map<String, Object> publish = channel.publishBindings();
    Map<String, Object> subscribe = channel.subscribeBindings();
    findings.unknown(at, where + " (publishing operation)", "", publish, OPERATION_FIELDS);
    findings.unknown(at, where + " (subscribing operation)", "", subscribe, OPERATION_FIELDS);
    Integer publishQos = whole(publish, "qos", 0, 2, at, where, findings);
    Boolean retain = bool(publish, "retain", at, where, findings);
    Long messageExpiry = null;
    if (publish.containsKey("messageExpiryInterval")) {
      if (publish.get("messageExpiryInterval") instanceof Map) {
        findings.warn(at, where + ": bindings.mqtt.messageExpiryInterval is a schema, not a value, so it is not"
            + " honoured");
      } else {
        Integer seconds = whole(publish, "messageExpiryInterval", 0, Integer.MAX_VALUE, at, where, findings);
        messageExpiry = seconds == null ? null : seconds.longValue();
      }
    }
    Integer subscribeQos = whole(subscribe, "qos", 0, 2, at, where, findings);
    // A subscription takes only the QoS: retain and expiry describe how the other side publishes, not a setting.
    String contentType = null;
    String responseTopic = null;
    String correlationData = null;
    boolean first = true;
    for (Map.Entry<String, Map<String, Object>> message : channel.messageBindings().entrySet()) {
      String messageWhere = where + " message '" + message.getKey() + "'";
      Map<String, Object> bindings = message.getValue();
      findings.unknown(at, messageWhere, "", bindings, MESSAGE_FIELDS);
      String type = text(bindings, "contentType", at, messageWhere, findings);
      String response = valueOrConstant(bindings.get("responseTopic"), "responseTopic", at, messageWhere, findings);
      String correlation = valueOrConstant(bindings.get("correlationData"), "correlationData", at, messageWhere,
          findings);
      if (first) {
        contentType = type;
        responseTopic = response;
        correlationData = correlation;
        first = false;
      } else if (!java.util.Objects.equals(type, contentType) || !java.util.Objects.equals(response, responseTopic)
          || !java.util.Objects.equals(correlation, correlationData)) {
        findings.warn(at, messageWhere + ": its bindings.mqtt differ from the channel's first message; the"
            + " publisher sends every message with the first one's");
      }
    }
    if (!mqtt5) {
      for (String field : new String[] {messageExpiry != null ? "messageExpiryInterval" : null,
          contentType != null ? "contentType" : null, responseTopic != null ? "responseTopic" : null,
          correlationData != null ? "correlationData" : null}) {
        if (field != null) {
          findings.warn(at, where + ": bindings.mqtt." + field + " is not honoured: the server speaks MQTT 3.1.1,"
              + " which cannot carry it (MQTT 5 can)");
        }
      }
      messageExpiry = null;
      contentType = null;
      responseTopic = null;
      correlationData = null;
      if (channel.headersType() != null) {
        findings.warn(at, where + ": its messages' headers cannot travel: the server speaks MQTT 3.1.1, which has no"
            + " user properties (MQTT 5 carries them); sending headers fails");
      }
    }
    return new Channel(channel, filter(channel, at, where, findings), publishQos, retain, messageExpiry, contentType,
        responseTopic, correlationData, subscribeQos);
  }

  /** Each level holding a parameter becomes {@code +}; a level with other text beside it is warned about. */
  private static String filter(BrokerPlan.BrokerChannel channel, SourcePosition at, String where, Findings findings) {
    List<String> levels = new ArrayList<>();
    for (String level : channel.template().split("/", -1)) {
      if (level.contains("{")) {
        if (!level.matches("\\{[^{}]+}") && channel.subscribe()) {
          findings.warn(at, where + ": the topic level '" + level + "' holds a parameter beside other text; MQTT's '+'"
              + " fills whole levels, so a pattern subscription takes the whole level and skips (reports as"
              + " unrouted) topics that do not match the channel");
        }
        levels.add("+");
      } else {
        levels.add(level);
      }
    }
    return String.join("/", levels);
  }

  private static String valueOrConstant(Object value, String field, SourcePosition at, String where,
      Findings findings) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Map<?, ?> schema) {
      Object constant = schema.containsKey("const") ? schema.get("const") : schema.get("default");
      if (constant instanceof String text) {
        return text;
      }
      findings.warn(at, where + ": bindings.mqtt." + field + " is a schema without a string const or default, so no"
          + " value is sent (only a fixed value can be)");
      return null;
    }
    findings.error(at, where + ": bindings.mqtt." + field + " must be a string or a schema, not '" + value + "'");
    return null;
  }

  private static String text(Map<String, Object> map, String field, SourcePosition at, String where,
      Findings findings) {
    Object value = map.get(field);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    findings.error(at, where + ": bindings.mqtt." + field + " must be a string, not '" + value + "'");
    return null;
  }

  private static Boolean bool(Map<String, Object> map, String field, SourcePosition at, String where,
      Findings findings) {
    Object value = map.get(field);
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    findings.error(at, where + ": bindings.mqtt." + field + " must be true or false, not '" + value + "'");
    return null;
  }

  private static Integer whole(Map<String, Object> map, String field, long min, long max, SourcePosition at,
      String where, Findings findings) {
    Object value = map.get(field);
    if (value == null) {
      return null;
    }
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && number.longValue() >= min && number.longValue() <= max) {
      return (int) number.longValue();
    }
    findings.error(at, where + ": bindings.mqtt." + field + " must be a whole number from " + min + " to " + max
        + ", not '" + value + "'");
    return null;
  }

  /** Reports when asked to; reading for the emitter stays quiet. */
  private record Findings(Diagnostics diagnostics) {
    void warn(SourcePosition at, String message) {
      if (diagnostics != null) {
        diagnostics.warning(at, message);
      }
    }

    void error(SourcePosition at, String message) {
      if (diagnostics != null) {
        diagnostics.error(at, message);
      }
    }

    void unknown(SourcePosition at, String where, String prefix, Map<String, Object> bindings, Set<String> known) {
      for (String field : bindings.keySet()) {
        if (!known.contains(field)) {
          warn(at, where + ": bindings.mqtt." + prefix + field + (field.equals("maximumPacketSize")
              || field.equals("payloadFormatIndicator")
              ? " is not honoured by the MQTT client"
              : " is not an MQTT binding field, so it is not honoured"));
        }
      }
    }
  }
}
