package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.ServerVariable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The document's servers; where a server's address is differs by version, the rest does not. */
final class Servers {
  private Servers() {}

  /** @param url a server's address from its object: 2.x {@code url}, 3.x {@code host} and {@code pathname} */
  static Map<String, Server> of(MapNode root, ReferenceResolver references, Fields fields,
      SecurityReader security, Function<MapNode, String> url) {
    Map<String, Server> servers = new LinkedHashMap<>();
    MapNode serversNode = fields.map(root, "servers");
    if (serversNode == null) {
      return servers;
    }
    serversNode.entries().forEach((name, node) -> {
      ReferenceResolver.Target target = references.follow(node);
      MapNode map = target == null ? null : fields.asMap(target.node(), "server '" + name + "'");
      if (map != null) {
        servers.put(name, new Server(name, url.apply(map), fields.string(map, "protocol"),
            fields.string(map, "protocolVersion"), fields.string(map, "description"),
            variables(map, references, fields), PlainValues.map(fields.map(map, "bindings")), security.of(map),
            serversNode.keyPosition(name)));
      }
    });
    return servers;
  }

  private static Map<String, ServerVariable> variables(MapNode server, ReferenceResolver references, Fields fields) {
    Map<String, ServerVariable> variables = new LinkedHashMap<>();
    MapNode variablesNode = fields.map(server, "variables");
    if (variablesNode != null) {
      variablesNode.entries().forEach((name, node) -> {
        ReferenceResolver.Target variable = references.follow(node);
        MapNode map = variable == null ? null : fields.asMap(variable.node(), "server variable '" + name + "'");
        if (map != null) {
          variables.put(name, new ServerVariable(name, fields.string(map, "description"),
              fields.string(map, "default"), fields.strings(map, "enum"), variablesNode.keyPosition(name)));
        }
      });
    }
    return variables;
  }
}
