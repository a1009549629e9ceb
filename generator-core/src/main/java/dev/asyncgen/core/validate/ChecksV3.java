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
   * An undeclared one is an error; a declared one the address does not use is a warning, as for 2.x.
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
      if (declared == null || !declared.has(name)) {
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
