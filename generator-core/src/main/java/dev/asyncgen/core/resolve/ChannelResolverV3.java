package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.SchemaInfo;
import dev.asyncgen.core.model.StringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads AsyncAPI 3.x channels: id, address, parameters (string values, an optional {@code enum}) and
 * the messages map. Operations come later and refer to these by location.
 */
final class ChannelResolverV3 {
  /**
   * A channel before its operations are known.
   *
   * @param location where the channel object is, after any {@code $ref}: what operations point at
   */
  record ChannelParts(String id, Optional<ChannelAddress> address, String description,
      Map<String, Parameter> parameters, Map<String, Message> messages, Map<String, Object> bindings,
      SourcePosition position, String location) {}

  private final ReferenceResolver references;
  private final MessageResolver messages;
  private final Fields fields;
  private final Diagnostics diagnostics;
  private final Parameters parameters;

  ChannelResolverV3(ReferenceResolver references, MessageResolver messages, Fields fields, Diagnostics diagnostics) {
    this.references = references;
    this.messages = messages;
    this.fields = fields;
    this.diagnostics = diagnostics;
    this.parameters = new Parameters(references, fields, this::parameter);
  }

  ChannelParts channel(SourceFile rootFile, String id, SpecNode node, SourcePosition keyPosition) {
    ReferenceResolver.Target target = references.follow(node);
    MapNode map = target == null ? null : fields.asMap(target.node(), "channel '" + id + "'");
    if (map == null) {
      return null;
    }
    Location location = target.location() != null ? target.location()
        : new Location(rootFile, "/channels/" + JsonPointer.escape(id));
    Optional<ChannelAddress> address = address(id, map);
    Map<String, Parameter> declared = parameters.of(map);
    Map<String, Parameter> ordered = new LinkedHashMap<>();
    // Undeclared parameters are the structure check's error, or its warning when the channel has no
    // 'parameters' at all: then each is a string. Unused ones are its warning.
    boolean undeclaredAreStrings = !map.has("parameters");
    address.ifPresent(a -> a.parameterNames().forEach(name -> {
      if (declared.containsKey(name)) {
        ordered.put(name, declared.get(name));
      } else if (undeclaredAreStrings) {
        ordered.put(name, new Parameter(name, null,
            new StringSchema(SchemaInfo.at(map.get("address").position()), null, List.of(), null), null,
            map.get("address").position()));
      }
    }));
    declared.forEach(ordered::putIfAbsent);
    return new ChannelParts(id, address, fields.string(map, "description"), ordered,
        channelMessages(map, location), PlainValues.map(fields.map(map, "bindings")), keyPosition,
        location.canonical());
  }

  /** The address; none when absent or null ("dynamic", or known only at run time, as for replies). */
  private Optional<ChannelAddress> address(String id, MapNode map) {
    SpecNode node = map.get("address");
    if (node == null || node instanceof ScalarNode scalar && scalar.isNull()) {
      return Optional.empty();
    }
    String address = fields.string(map, "address");
    if (address == null) {
      return Optional.empty();
    }
    if (address.isEmpty()) {
      diagnostics.error(node.position(), "the address of channel '" + id
          + "' cannot be empty: leave it out, or null, for an address known only at run time");
      return Optional.empty();
    }
    return Optional.of(ChannelAddress.parse(address));
  }

  /** Each message once per location, so that an operation's {@code $ref} to it finds the same one. */
  private Map<String, Message> channelMessages(MapNode channel, Location channelLocation) {
    Map<String, Message> result = new LinkedHashMap<>();
    MapNode map = fields.map(channel, "messages");
    if (map == null) {
      return result;
    }
    for (String messageId : map.keys()) {
      Location location = new Location(channelLocation.file(),
          channelLocation.pointer() + "/messages/" + JsonPointer.escape(messageId));
      Message message = messages.channelMessage(map.get(messageId), location);
      if (message != null) {
        result.put(messageId, message);
      }
    }
    return result;
  }

  /** A component parameter, shared with every reference to its location. */
  Parameter componentParameter(String name, SpecNode node, Location location) {
    return parameters.component(name, node, location);
  }

  /** 3.x parameter values are strings: a string schema, an enumeration when the spec lists values. */
  private Parameter parameter(String name, MapNode map) {
    String description = fields.string(map, "description");
    List<String> values = new ArrayList<>(fields.strings(map, "enum"));
    String defaultValue = fields.string(map, "default");
    if (defaultValue != null && !values.isEmpty() && !values.contains(defaultValue)) {
      diagnostics.error(map.get("default").position(), "parameter '" + name + "' has default '" + defaultValue
          + "', which is not one of its enum values");
    }
    SchemaInfo info = new SchemaInfo(null, description, false, false, defaultValue, null, java.util.Map.of(), map.position());
    return new Parameter(name, description, new StringSchema(info, null, values, null),
        fields.string(map, "location"), map.position());
  }
}
