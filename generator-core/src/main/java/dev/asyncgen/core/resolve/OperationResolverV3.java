package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads AsyncAPI 3.x operations: action, the channel they are on, the subset of its messages they
 * use, and the reply they expect. Channels are found by where their {@code $ref} lands.
 */
final class OperationResolverV3 {
  private final ReferenceResolver references;
  private final MessageResolver messageResolver;
  private final Traits traits;
  private final Fields fields;
  private final Diagnostics diagnostics;
  private final SecurityReader security;
  private final Map<String, ChannelResolverV3.ChannelParts> channelsByLocation;

  OperationResolverV3(ReferenceResolver references, MessageResolver messageResolver, Fields fields,
      Diagnostics diagnostics, SecurityReader security, Map<String, ChannelResolverV3.ChannelParts> channelsByLocation) {
    this.security = security;
    this.references = references;
    this.messageResolver = messageResolver;
    this.traits = new Traits(references, fields, Traits.Precedence.OBJECT_WINS);
    this.fields = fields;
    this.diagnostics = diagnostics;
    this.channelsByLocation = channelsByLocation;
  }

  Operation operation(String id, SpecNode node, SourcePosition keyPosition) {
    ReferenceResolver.Target target = references.follow(node);
    MapNode raw = target == null ? null : fields.asMap(target.node(), "operation '" + id + "'");
    if (raw == null) {
      return null;
    }
    MapNode map = traits.apply(raw);
    // The structure check covers the root file; an operation $ref'd from another file is checked here.
    String keyword = fields.string(map, "action");
    Operation.Action action = "send".equals(keyword) ? Operation.Action.SEND
        : "receive".equals(keyword) ? Operation.Action.RECEIVE : null;
    if (action == null) {
      diagnostics.error(map.has("action") ? map.get("action").position() : map.position(), "'action' in operation '"
          + id + "' must be send or receive, found " + (keyword == null ? "none" : "'" + keyword + "'"));
    }
    if (!map.has("channel")) {
      diagnostics.error(map.position(), "operation '" + id + "' needs a 'channel': a $ref to one of the document's"
          + " channels, such as '#/channels/userSignedUp'");
    }
    ChannelResolverV3.ChannelParts channel = channel(map.get("channel"), "operation '" + id + "'");
    if (channel == null || action == null) {
      return null;
    }
    List<Message> messages = messages(fields.list(map, "messages"), channel, "operation '" + id + "'");
    return new Operation(id, action, keyword, channel.id(), fields.string(map, "summary"),
        fields.string(map, "description"), messages, messages.size() > 1, TagNames.of(map, references, fields),
        PlainValues.map(fields.map(map, "bindings")), security.of(map), reply(id, map.get("reply")), keyPosition);
  }

  /** The channel a {@code $ref} points at; null (reported) when it is not one of the document's channels. */
  private ChannelResolverV3.ChannelParts channel(SpecNode node, String owner) {
    if (node == null) {
      return null;
    }
    ReferenceResolver.Target target = references.follow(node);
    if (target == null) {
      return null;
    }
    ChannelResolverV3.ChannelParts channel =
        target.location() == null ? null : channelsByLocation.get(target.location().canonical());
    if (channel == null) {
      diagnostics.error(where(node), "the channel of " + owner
          + " must be a $ref to one of the document's channels, such as '#/channels/userSignedUp'");
    }
    return channel;
  }

  /**
   * The messages a list of {@code $ref}s names, each of which must be one of the channel's; every
   * message of the channel when there is no list.
   */
  private List<Message> messages(ListNode list, ChannelResolverV3.ChannelParts channel, String owner) {
    if (list == null) {
      return List.copyOf(channel.messages().values());
    }
    List<Message> result = new ArrayList<>();
    for (SpecNode item : list.items()) {
      // Messages are built once per location, so a reference to a channel's message finds that very one.
      Message message = messageResolver.message(item, null);
      if (message == null) {
        continue;
      }
      if (channel.messages().values().stream().noneMatch(candidate -> candidate == message)) {
        diagnostics.error(where(item), "the messages of " + owner + " must be messages of its channel '"
            + channel.id() + "', each a $ref such as '#/channels/" + channel.id() + "/messages/<id>'");
      } else if (!result.contains(message)) {
        result.add(message);
      }
    }
    return result;
  }

  /** A reference is reported at its {@code $ref} value, like every other reference problem. */
  private static SourcePosition where(SpecNode node) {
    return ReferenceResolver.refOf(node) != null ? ReferenceResolver.refPosition(node) : node.position();
  }

  private Optional<Reply> reply(String operationId, SpecNode node) {
    if (node == null) {
      return Optional.empty();
    }
    ReferenceResolver.Target target = references.follow(node);
    MapNode map = target == null ? null : fields.asMap(target.node(), "the reply of operation '" + operationId + "'");
    if (map == null) {
      return Optional.empty();
    }
    String owner = "the reply of operation '" + operationId + "'";
    ChannelResolverV3.ChannelParts channel = map.has("channel") ? channel(map.get("channel"), owner) : null;
    List<Message> messages = List.of();
    if (channel != null) {
      messages = messages(fields.list(map, "messages"), channel, owner);
    } else if (map.has("messages")) {
      diagnostics.error(map.keyPosition("messages"), owner + " lists messages but names no channel they belong to");
    }
    String location = null;
    SpecNode addressNode = map.get("address");
    if (addressNode != null) {
      ReferenceResolver.Target address = references.follow(addressNode);
      MapNode addressMap = address == null ? null : fields.asMap(address.node(), "a reply address");
      location = addressMap == null ? null : fields.string(addressMap, "location");
    }
    return Optional.of(new Reply(channel == null ? null : channel.id(), location, messages, map.position()));
  }
}
