package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.StringSchema;
import dev.asyncgen.core.model.SchemaInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds channels with their parameters and operations. */
final class ChannelResolver {
  private final ReferenceResolver references;
  private final SchemaResolver schemas;
  private final MessageResolver messages;
  private final Traits traits;
  private final Fields fields;
  private final Diagnostics diagnostics;
  private final Parameters parameters;
  private final SecurityReader security;

  ChannelResolver(ReferenceResolver references, SchemaResolver schemas, MessageResolver messages, Fields fields,
      Diagnostics diagnostics, SecurityReader security) {
    this.security = security;
    this.references = references;
    this.schemas = schemas;
    this.messages = messages;
    this.traits = new Traits(references, fields, Traits.Precedence.TRAIT_WINS);
    this.fields = fields;
    this.diagnostics = diagnostics;
    this.parameters = new Parameters(references, fields, this::parameter);
  }

  Channel channel(String name, SpecNode node, SourcePosition keyPosition) {
    if (name.isEmpty()) {
      diagnostics.error(keyPosition,
          "a channel name cannot be empty: it is the channel's address, such as 'user/signedup'");
      return null;
    }
    ReferenceResolver.Target target = references.follow(node);
    MapNode map = target == null ? null : fields.asMap(target.node(), "channel '" + name + "'");
    if (map == null) {
      return null;
    }
    ChannelAddress address = ChannelAddress.parse(name);
    Map<String, Parameter> declared = parameters.of(map);
    Map<String, Parameter> ordered = new LinkedHashMap<>();
    for (String used : address.parameterNames()) {
      Parameter parameter = declared.get(used);
      if (parameter == null) {
        // The official parser's asyncapi2-channel-parameters rule applies only to a channel with 'parameters'.
        if (map.has("parameters")) {
          diagnostics.error(keyPosition, "channel '" + name + "' uses parameter {" + used
              + "}, which it does not declare under 'parameters'");
        } else {
          diagnostics.warning(keyPosition, "channel '" + name + "' uses parameter {" + used
              + "} but has no 'parameters'; it is read as a string parameter");
        }
        parameter = new Parameter(used, null, new StringSchema(SchemaInfo.at(keyPosition), null, List.of(), null),
            null, keyPosition);
      }
      ordered.put(used, parameter);
    }
    // Warn where the channel declares the parameter, not where a $ref'd parameter is defined.
    SpecNode declarations = map.get("parameters");
    declared.forEach((declaredName, parameter) -> {
      if (!ordered.containsKey(declaredName)) {
        diagnostics.warning(((MapNode) declarations).keyPosition(declaredName), "channel '" + name
            + "' declares parameter '" + declaredName + "' but its name has no {" + declaredName + "}");
        ordered.put(declaredName, parameter);
      }
    });
    List<Operation> operations = new ArrayList<>();
    operation(name, map, "subscribe", Operation.Action.SEND).ifPresent(operations::add);
    operation(name, map, "publish", Operation.Action.RECEIVE).ifPresent(operations::add);
    return new Channel(
        name,
        Optional.of(address),
        fields.string(map, "description"),
        ordered,
        messagesOf(operations),
        operations,
        PlainValues.map(fields.map(map, "bindings")),
        keyPosition);
  }

  /** A 2.x channel's messages are its operations': by component key, else by operation and index. */
  private static Map<String, Message> messagesOf(List<Operation> operations) {
    Map<String, Message> messages = new LinkedHashMap<>();
    for (Operation operation : operations) {
      for (int i = 0; i < operation.messages().size(); i++) {
        Message message = operation.messages().get(i);
        String id = message.key() != null ? message.key() : operation.keyword() + ".message." + i;
        messages.putIfAbsent(id, message);
      }
    }
    return messages;
  }

  /** A component parameter, shared with every reference to its location. */
  Parameter componentParameter(String name, SpecNode node, Location location) {
    return parameters.component(name, node, location);
  }

  /** A 2.x parameter: its {@code schema}, a string when it has none. */
  private Parameter parameter(String name, MapNode map) {
    var schema = map.has("schema")
        ? schemas.schema(map.get("schema"))
        : new StringSchema(SchemaInfo.at(map.position()), null, List.of(), null);
    return new Parameter(name, fields.string(map, "description"), schema, fields.string(map, "location"),
        map.position());
  }

  private Optional<Operation> operation(String channelId, MapNode channel, String keyword, Operation.Action action) {
    if (!channel.has(keyword)) {
      return Optional.empty();
    }
    ReferenceResolver.Target target = references.follow(channel.get(keyword));
    MapNode raw = target == null ? null : fields.asMap(target.node(), "a " + keyword + " operation");
    if (raw == null) {
      return Optional.empty();
    }
    MapNode map = traits.apply(raw);
    List<Message> operationMessages = new ArrayList<>();
    boolean oneOf = false;
    SpecNode messageNode = map.get("message");
    if (messageNode instanceof MapNode messageMap && ReferenceResolver.refOf(messageMap) == null
        && messageMap.get("oneOf") instanceof ListNode alternatives) {
      oneOf = true;
      for (SpecNode alternative : alternatives.items()) {
        Optional.ofNullable(messages.message(alternative, null)).ifPresent(operationMessages::add);
      }
    } else if (messageNode != null) {
      Optional.ofNullable(messages.message(messageNode, null)).ifPresent(operationMessages::add);
    }
    return Optional.of(new Operation(
        fields.string(map, "operationId"),
        action,
        keyword,
        channelId,
        fields.string(map, "summary"),
        fields.string(map, "description"),
        operationMessages,
        oneOf,
        TagNames.of(map, references, fields),
        PlainValues.map(fields.map(map, "bindings")),
        security.of(map),
        Optional.empty(),
        map.position()));
  }
}
