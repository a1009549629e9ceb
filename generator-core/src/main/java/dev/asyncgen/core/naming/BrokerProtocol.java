package dev.asyncgen.core.naming;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A broker protocol asyncgen generates a typed client for ({@code --bindings}), over its runtime module. */
public enum BrokerProtocol {
  KAFKA("Kafka", "asyncgen-kafka", List.of("kafka", "kafka-secure")),
  MQTT("Mqtt", "asyncgen-mqtt", List.of("mqtt", "mqtts", "secure-mqtt")),
  AMQP("Amqp", "asyncgen-amqp", List.of("amqp", "amqps"));

  private final String facadeName;
  private final String runtimeArtifact;
  private final List<String> serverProtocols;

  BrokerProtocol(String facadeName, String runtimeArtifact, List<String> serverProtocols) {
    this.facadeName = facadeName;
    this.runtimeArtifact = runtimeArtifact;
    this.serverProtocols = serverProtocols;
  }

  /** The generated facade's simple name: {@code Kafka}, {@code Mqtt}, {@code Amqp}. */
  public String facadeName() {
    return facadeName;
  }

  /** The runtime the facade needs, as {@code dev.asyncgen:<artifact>}. */
  public String runtimeArtifact() {
    return runtimeArtifact;
  }

  /** The key of this protocol's part of a {@code bindings} object. */
  public String bindingKey() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a server's {@code protocol} value is this protocol (in any case). */
  public boolean speaks(String serverProtocol) {
    return serverProtocol != null && serverProtocols.contains(serverProtocol.toLowerCase(Locale.ROOT));
  }

  /** The server protocol values this protocol stands for, as the spec writes them. */
  public List<String> serverProtocols() {
    return serverProtocols;
  }

  /**
   * The protocols a {@code --bindings} value names: a comma-separated list of {@code kafka}, {@code mqtt},
   * {@code amqp} in any case; {@code auto} alone stands for every one the document's servers name, and
   * {@code none} (or nothing) for none.
   *
   * @throws IllegalArgumentException naming the values allowed
   */
  public static Selection parse(String value) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
      return Selection.NONE;
    }
    if (trimmed.equalsIgnoreCase("auto")) {
      return Selection.AUTO;
    }
    Set<BrokerProtocol> protocols = EnumSet.noneOf(BrokerProtocol.class);
    for (String part : trimmed.split(",", -1)) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      BrokerProtocol protocol = switch (name) {
        case "kafka" -> KAFKA;
        case "mqtt" -> MQTT;
        case "amqp" -> AMQP;
        default -> throw new IllegalArgumentException("'" + part.strip() + "' is not a binding asyncgen generates;"
            + " use a comma-separated list of kafka, mqtt, amqp, or auto (every one the spec's servers name)");
      };
      protocols.add(protocol);
    }
    return new Selection(false, protocols);
  }

  /**
   * Which typed broker clients to generate.
   *
   * @param auto every protocol the document's servers name
   * @param protocols the protocols named, when not {@code auto}
   */
  public record Selection(boolean auto, Set<BrokerProtocol> protocols) {
    public static final Selection NONE = new Selection(false, Set.of());
    public static final Selection AUTO = new Selection(true, Set.of());

    public Selection {
      // An EnumSet keeps declaration order, so the selection reads the same in every run (fingerprints).
      protocols = java.util.Collections.unmodifiableSet(
          protocols.isEmpty() ? EnumSet.noneOf(BrokerProtocol.class) : EnumSet.copyOf(protocols));
    }

    public boolean isNone() {
      return !auto && protocols.isEmpty();
    }

    /** The protocols in declaration order (Kafka, MQTT, AMQP), {@code auto} resolved against the servers' protocols. */
    public List<BrokerProtocol> resolve(java.util.Collection<String> serverProtocols) {
      return java.util.Arrays.stream(values())
          .filter(protocol -> auto ? serverProtocols.stream().anyMatch(protocol::speaks) : protocols.contains(protocol))
          .toList();
    }
  }
}
