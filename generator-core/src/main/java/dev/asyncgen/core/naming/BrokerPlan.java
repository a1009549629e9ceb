package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.SecurityScheme;
import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * A typed broker client facade ({@code Kafka}, {@code Mqtt}, {@code Amqp}) over its runtime module: what the spec
 * says about the protocol, for the role the code takes. Binding maps hold only this protocol's part
 * ({@code bindings.kafka}, say), as plain values; empty when the spec has none.
 *
 * @param facade the facade class
 * @param channelClass the generated {@code Channel<T>} record
 * @param channelsClass the generated {@code Channels} class (its {@code parse} gives concrete channels back)
 * @param patternsClass the generated {@code ChannelPatterns} class
 * @param servers the servers speaking the protocol, in document order: the first is the default
 * @param channels every channel with an address the role may publish or subscribe on, in document order
 * @param title the spec's {@code info.title}
 */
public record BrokerPlan(BrokerProtocol protocol, ClassName facade, ClassName channelClass, ClassName channelsClass,
    ClassName patternsClass, Role role, List<BrokerServer> servers, List<BrokerChannel> channels, String title) {
  public BrokerPlan {
    servers = List.copyOf(servers);
    channels = List.copyOf(channels);
  }

  /** Whether the role publishes on some channel: the facade then has {@code publisher}. */
  public boolean publishes() {
    return channels.stream().anyMatch(BrokerChannel::publish);
  }

  /** Whether the role subscribes to some channel: the facade then has {@code subscribe}. */
  public boolean subscribes() {
    return channels.stream().anyMatch(BrokerChannel::subscribe);
  }

  /**
   * A server speaking the protocol.
   *
   * @param name its key under {@code servers}
   * @param address {@code protocol://host:port/path} as a template, {@code {variable}}s as written
   * @param variableDefaults each declared variable to its default (null when it has none)
   * @param bindings the server's binding for the protocol
   * @param security the schemes of its security requirements, alternatives flattened in order, each once
   */
  public record BrokerServer(String name, String protocol, String protocolVersion, String address,
      Map<String, String> variableDefaults, String description, Map<String, Object> bindings,
      List<SecurityScheme> security, SourcePosition position) {
    public BrokerServer {
      variableDefaults = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(variableDefaults));
      bindings = ordered(bindings);
      security = List.copyOf(security);
    }

    /** The address with each variable replaced by its default (left as {@code {name}} when it has none). */
    public String defaultAddress() {
      String address = this.address;
      for (Map.Entry<String, String> variable : variableDefaults.entrySet()) {
        if (variable.getValue() != null) {
          address = address.replace("{" + variable.getKey() + "}", variable.getValue());
        }
      }
      return address;
    }
  }

  /**
   * A channel the role may use.
   *
   * @param id the channel's key under {@code channels}
   * @param template its address with {@code {parameter}} placeholders
   * @param separator the character between its segments ({@code /}, {@code .})
   * @param parameters its parameter names, in the order they first appear
   * @param regex the regular expression {@code Channels.parse} matches concrete addresses with, one group per
   *     parameter in {@link #parameters} order
   * @param payloadType the {@code T} of its {@code Channel<T>}
   * @param headersType the generated headers type its messages share, or null when they document none (or differ)
   * @param patternMethod the {@code ChannelPatterns} method for it, or null when it has no parameters
   * @param publish whether the role publishes on it
   * @param subscribe whether the role subscribes to it
   * @param channelBindings the channel's binding for the protocol
   * @param publishBindings the binding of the operation the role's publishing fulfils (merged in document order
   *     when several), or empty
   * @param subscribeBindings the binding of the operation the role's subscription fulfils, or empty
   * @param messageBindings each message's binding for the protocol, by message (display name), in document order
   * @param position where the channel is written, for diagnostics
   */
  public record BrokerChannel(String id, String template, char separator, List<String> parameters, String regex,
      TypeName payloadType, TypeName headersType, String patternMethod, boolean publish, boolean subscribe,
      Map<String, Object> channelBindings, Map<String, Object> publishBindings,
      Map<String, Object> subscribeBindings, Map<String, Map<String, Object>> messageBindings,
      SourcePosition position) {
    public BrokerChannel {
      parameters = List.copyOf(parameters);
      channelBindings = ordered(channelBindings);
      publishBindings = ordered(publishBindings);
      subscribeBindings = ordered(subscribeBindings);
      messageBindings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(messageBindings));
    }
  }

  /** Unmodifiable, in the document's order; plain values may hold nulls, which {@code Map.copyOf} refuses. */
  private static <V> Map<String, V> ordered(Map<String, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
