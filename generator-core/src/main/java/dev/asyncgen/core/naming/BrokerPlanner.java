package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.SecurityRequirement;
import dev.asyncgen.core.model.SecurityScheme;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.ServerVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Plans the typed broker facades {@code --bindings} asks for, from the model alone. */
final class BrokerPlanner {
  /** The shared class of channel patterns, generated when any broker facade is. */
  static final String CHANNEL_PATTERNS = "ChannelPatterns";

  private final AsyncApi api;
  private final GenerationOptions options;
  private final ChannelsPlan channels;
  private final Function<Message, TypeName> headerTypes;
  private final Diagnostics diagnostics;

  BrokerPlanner(AsyncApi api, GenerationOptions options, ChannelsPlan channels, Function<Message, TypeName> headerTypes,
      Diagnostics diagnostics) {
    this.api = api;
    this.options = options;
    this.channels = channels;
    this.headerTypes = headerTypes;
    this.diagnostics = diagnostics;
  }

  /** The protocols to generate facades for, {@code auto} resolved against the document's servers. */
  static List<BrokerProtocol> protocols(AsyncApi api, GenerationOptions options) {
    return options.bindings().resolve(api.servers().values().stream().map(Server::protocol).toList());
  }

  /**
   * One plan per protocol, in {@link BrokerProtocol} order; empty without {@code --bindings}.
   *
   * @param protocols {@link #protocols(AsyncApi, GenerationOptions)} of this document and options
   */
  List<BrokerPlan> plan(List<BrokerProtocol> protocols, ChannelPatternsPlan patterns) {
    if (options.bindings().auto() && protocols.isEmpty()) {
      diagnostics.warning(documentStart(), "--bindings auto: no server speaks kafka, mqtt or amqp,"
          + " so no broker client is generated");
    }
    List<BrokerPlan> plans = new ArrayList<>();
    for (BrokerProtocol protocol : protocols) {
      BrokerPlan plan = new BrokerPlan(protocol, ClassName.get(options.packageName(), protocol.facadeName()),
          channels.channelClass(), channels.channelsClass(), patterns.name(), options.role(), servers(protocol),
          channels(protocol, patterns), api.info().title());
      if (plan.servers().isEmpty()) {
        diagnostics.warning(documentStart(), "--bindings " + protocol.bindingKey() + ": no server speaks "
            + String.join(" or ", protocol.serverProtocols()) + ", so " + protocol.facadeName()
            + " has no default address; its builder needs one");
      }
      if (plan.channels().isEmpty()) {
        diagnostics.warning(documentStart(), "--bindings " + protocol.bindingKey() + ": no channel has an"
            + " address and an operation the " + options.role().keyword() + " role can use, so "
            + protocol.facadeName() + " can neither publish nor subscribe");
      }
      switch (protocol) {
        case KAFKA -> KafkaBindingsCheck.check(plan, documentStart(), diagnostics);
        case MQTT -> MqttBindingsCheck.check(plan, documentStart(), diagnostics);
        case AMQP -> AmqpBindingsCheck.check(plan, documentStart(), diagnostics);
      }
      plans.add(plan);
    }
    return plans;
  }

  private SourcePosition documentStart() {
    return new SourcePosition(api.rootFile(), 1, 1);
  }

  private List<BrokerPlan.BrokerServer> servers(BrokerProtocol protocol) {
    List<BrokerPlan.BrokerServer> servers = new ArrayList<>();
    for (Server server : api.servers().values()) {
      if (!protocol.speaks(server.protocol())) {
        continue;
      }
      Map<String, String> defaults = new LinkedHashMap<>();
      for (Map.Entry<String, ServerVariable> variable : server.variables().entrySet()) {
        defaults.put(variable.getKey(), variable.getValue().defaultValue());
      }
      servers.add(new BrokerPlan.BrokerServer(server.name(), server.protocol(), server.protocolVersion(),
          server.address(), defaults, server.description(), part(server.bindings(), protocol),
          schemes(server.security()), server.position()));
    }
    return servers;
  }

  private List<SecurityScheme> schemes(List<SecurityRequirement> requirements) {
    Set<SecurityScheme> schemes = new LinkedHashSet<>();
    for (SecurityRequirement requirement : requirements) {
      for (String name : requirement.schemes().keySet()) {
        SecurityScheme scheme = api.securitySchemes().get(name);
        if (scheme != null) {
          schemes.add(scheme);
        }
      }
    }
    return List.copyOf(schemes);
  }

  private List<BrokerPlan.BrokerChannel> channels(BrokerProtocol protocol, ChannelPatternsPlan patterns) {
    Map<String, ChannelsPlan.ChannelPlan> byTemplate = new LinkedHashMap<>();
    channels.all().forEach(plan -> byTemplate.putIfAbsent(plan.template(), plan));
    Role role = options.role();
    List<BrokerPlan.BrokerChannel> result = new ArrayList<>();
    for (Channel channel : api.channels()) {
      if (channel.address().isEmpty()) {
        continue;
      }
      ChannelsPlan.ChannelPlan planned = byTemplate.get(channel.address().get().template());
      List<Operation> publishing = channel.operations().stream().filter(o -> role.publishes(o.action())).toList();
      List<Operation> subscribing = channel.operations().stream().filter(o -> !role.publishes(o.action())).toList();
      if (planned == null || publishing.isEmpty() && subscribing.isEmpty()) {
        continue;
      }
      Map<String, Map<String, Object>> messageBindings = new LinkedHashMap<>();
      Set<TypeName> headers = new LinkedHashSet<>();
      for (Map.Entry<String, Message> entry : channel.messages().entrySet()) {
        Message message = entry.getValue();
        // By the channel's own key for it: display names repeat (every inline 3.x message is anonymous).
        messageBindings.put(entry.getKey(), part(message.bindings(), protocol));
        TypeName header = message.headers() == null ? null : headerTypes.apply(message);
        if (header != null) {
          headers.add(header);
        }
      }
      TypeName headersType = headers.size() == 1 ? headers.iterator().next() : null;
      if (headers.size() > 1) {
        diagnostics.warning(channel.position(), "channel '" + channel.id() + "': its messages document different"
            + " headers, so " + protocol.facadeName() + " takes and gives them untyped (Object)");
      }
      result.add(new BrokerPlan.BrokerChannel(channel.id(), planned.template(), planned.separator(),
          planned.parameters().stream().map(ChannelsPlan.Parameter::specName).toList(), planned.regex(),
          planned.payloadType(), headersType,
          patterns.methodFor(planned.template()), !publishing.isEmpty(), !subscribing.isEmpty(),
          part(channel.bindings(), protocol), merged(publishing, protocol), merged(subscribing, protocol),
          messageBindings, channel.position()));
    }
    return result;
  }

  private static Map<String, Object> merged(List<Operation> operations, BrokerProtocol protocol) {
    Map<String, Object> merged = new LinkedHashMap<>();
    operations.forEach(operation -> part(operation.bindings(), protocol).forEach(merged::putIfAbsent));
    return merged;
  }

  /** The protocol's part of a {@code bindings} object: a map, or empty when it is absent or not an object. */
  private static Map<String, Object> part(Map<String, Object> bindings, BrokerProtocol protocol) {
    Object part = bindings.get(protocol.bindingKey());
    Map<String, Object> values = new LinkedHashMap<>();
    if (part instanceof Map<?, ?> map) {
      map.forEach((key, value) -> values.put(String.valueOf(key), value));
    }
    return values;
  }
}
