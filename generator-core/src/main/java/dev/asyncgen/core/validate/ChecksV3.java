package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.SchemaFormats;
import dev.asyncgen.core.shape.ServerUrls;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The AsyncAPI 3.x rules a field table cannot express, one method each, referenced from {@link RulesV3}. */
final class ChecksV3 {
  private static final List<String> ACTIONS = List.of("send", "receive");

  private ChecksV3() {}

  /** Operation, action: {@code "send" | "receive"}. */
  static void actionIsSendOrReceive(MapNode operation, Walker walker, Where where) {
    if (operation.get("action") instanceof ScalarNode action && action.isString()
        && !ACTIONS.contains(action.text())) {
      walker.error(action.position(), "'action' in " + where.label() + " must be send or receive, found '"
          + action.text() + "'");
    }
  }

  /**
   * Channel, parameters: "This map MUST contain all the parameters used in the parent channel
   * address", and "It MUST be present only when the address contains Channel Address Expressions".
   * An undeclared one is an error where the channel has {@code parameters}, and a warning where it
   * has none: the official parser's {@code asyncapi3-channel-parameters} rule applies only to a
   * channel with {@code parameters}, and such a parameter is read as a string. A declared one the
   * address does not use is a warning, as for 2.x.
   */
  static void addressParametersAreDeclared(MapNode channel, Walker walker, Where where) {
    SpecNode address = channel.get("address");
    SpecNode parameters = channel.get("parameters");
    boolean addressIsText = address instanceof ScalarNode text && (text.isString() || text.isNull());
    if (address != null && !addressIsText || parameters != null && !(parameters instanceof MapNode)) {
      return; // reported as a type error already
    }
    MapNode declared = (MapNode) parameters;
    Set<String> used = address instanceof ScalarNode text && text.isString()
        ? ServerUrls.variables(text.text()) : Set.of();
    for (String name : used) {
      if (declared == null) {
        walker.warning(address.position(), "the address of " + where.label() + " uses {" + name
            + "} but the channel has no 'parameters'; it is read as a string parameter");
      } else if (!declared.has(name)) {
        walker.error(address.position(), "the address of " + where.label() + " uses {" + name
            + "}, which its 'parameters' do not declare");
      }
    }
    if (declared != null) {
      for (String name : declared.keys()) {
        if (!used.contains(name)) {
          walker.warning(declared.keyPosition(name), where.label() + " declares parameter '" + name
              + "' but its address has no {" + name + "}");
        }
      }
    }
  }

  /** Channel, address: no query or fragment, as for 2.x channel names (see {@link Checks#queryOrFragmentIn}). */
  static void addressHasNoQueryOrFragment(MapNode channel, Walker walker, Where where) {
    if (channel.get("address") instanceof ScalarNode address && address.isString()) {
      String found = Checks.queryOrFragmentIn(address.text());
      if (found != null) {
        walker.error(address.position(), "the address of " + where.label() + " has " + found
            + ": a channel address cannot hold a query or a fragment; describe them in the channel's bindings");
      }
    }
  }

  /**
   * Operation, messages: "It MUST contain a subset of the messages defined in the channel referenced
   * in this operation". The reader checks the document's operations; {@code components.operations}
   * are never read, so they are checked here, where both $refs are local: each message must be one
   * of its channel's, the same object after references.
   */
  static void componentOperationMessagesAreTheirChannels(MapNode document, Walker walker, Where where) {
    MapNode operations = DeclaredNames.map(document, "components", "operations");
    if (operations == null) {
      return;
    }
    for (String id : operations.keys()) {
      MapNode operation = DeclaredNames.follow(document, operations.get(id));
      ScalarNode channelRef = operation == null ? null : DeclaredNames.ref(operation.get("channel"));
      MapNode channel = channelRef == null ? null : DeclaredNames.follow(document, operation.get("channel"));
      if (channel == null || !(operation.get("messages") instanceof ListNode messages)) {
        continue; // no channel to compare with, or one in another file: the resolver's business
      }
      List<MapNode> channelMessages = DeclaredNames.objects(channel, "messages").stream()
          .map(message -> DeclaredNames.follow(document, message)).toList();
      List<String> tokens = DeclaredNames.tokens(channelRef.text());
      String channelId = tokens == null || tokens.isEmpty() ? channelRef.text() : tokens.get(tokens.size() - 1);
      for (SpecNode item : messages.items()) {
        ScalarNode ref = DeclaredNames.ref(item);
        MapNode message = DeclaredNames.follow(document, item);
        if (ref != null && message != null && channelMessages.stream().noneMatch(candidate -> candidate == message)) {
          walker.error(ref.position(), "the messages of component operation '" + id + "' must be messages of its"
              + " channel '" + channelId + "', each a $ref such as '" + channelRef.text() + "/messages/<id>'");
        }
      }
    }
  }

  /**
   * Multi Format Schema Object, schema: "It can be of any type but defaults to Schema Object"; it
   * "MUST match the schema format". So it is shaped as a schema when the format is AsyncAPI's or
   * JSON Schema's; Avro, Protobuf and the others are their own business.
   */
  static void schemaIsSchemaObjectUnlessFormatSaysOtherwise(MapNode multiFormat, Walker walker, Where where) {
    if (multiFormat.get("schemaFormat") instanceof ScalarNode format && format.isString()
        && SchemaFormats.isSchemaObject(format.text()) && multiFormat.has("schema")) {
      SchemaShape.check(multiFormat.get("schema"), "'schema' in " + where.label(), walker);
    }
  }

  /**
   * Channel, servers: "An array of $ref pointers to the definition of the servers in which this
   * channel is available", which "MUST reference servers in the root servers object": not
   * {@code components.servers}, and not one the document does not declare.
   */
  static void channelServersAreTheDocumentsServers(MapNode document, Walker walker, Where where) {
    MapNode servers = DeclaredNames.map(document, "servers");
    List<MapNode> channels = new ArrayList<>(DeclaredNames.objects(document, "channels"));
    channels.addAll(DeclaredNames.objects(document, "components", "channels"));
    for (MapNode channel : channels) {
      if (!(channel.get("servers") instanceof ListNode list)) {
        continue;
      }
      for (SpecNode item : list.items()) {
        ScalarNode ref = DeclaredNames.ref(item);
        if (ref == null) {
          continue; // not a Reference Object: the structure check's error
        }
        List<String> tokens = DeclaredNames.isLocal(ref.text()) ? DeclaredNames.tokens(ref.text()) : null;
        boolean intoServers = tokens != null && tokens.size() == 2 && tokens.get(0).equals("servers");
        if (!intoServers) {
          walker.error(ref.position(), "a channel's servers must be $refs to the document's servers, such as"
              + " '#/servers/production'; found '" + ref.text() + "'");
        } else if (servers == null || !servers.has(tokens.get(1))) {
          walker.error(ref.position(), "$ref '" + ref.text() + "' names server '" + tokens.get(1)
              + "', which the document's servers do not declare");
        }
      }
    }
  }

  /**
   * Server, operation and operation trait, security: each item is a Security Scheme Object or a
   * reference to one, which must exist. The resolver does not read security, so nothing else would
   * notice a reference to a scheme that is not there.
   */
  static void securityReferencesExist(MapNode document, Walker walker, Where where) {
    List<MapNode> owners = new ArrayList<>();
    for (String[] path : SECURITY_OWNERS) {
      owners.addAll(DeclaredNames.objects(document, path));
    }
    for (MapNode owner : owners) {
      if (!(owner.get("security") instanceof ListNode list)) {
        continue;
      }
      for (SpecNode item : list.items()) {
        ScalarNode ref = DeclaredNames.ref(item);
        if (ref != null && DeclaredNames.isLocal(ref.text()) && !DeclaredNames.exists(document, ref.text())) {
          walker.error(ref.position(), "$ref target '" + ref.text() + "' does not exist: security must name"
              + " a security scheme, such as '#/components/securitySchemes/apiKey'");
        }
      }
    }
  }

  private static final List<String[]> SECURITY_OWNERS = List.of(
      new String[] {"servers"}, new String[] {"operations"}, new String[] {"components", "servers"},
      new String[] {"components", "operations"}, new String[] {"components", "operationTraits"});
}
