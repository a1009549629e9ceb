package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * What security requirements name must exist, as the official parser's
 * {@code asyncapi2-server-security}, {@code asyncapi2-operation-security} and their 3.x twins check.
 * 2.x: "Each name MUST correspond to a security scheme which is declared in the Security Schemes
 * under the Components Object"; "If the security scheme is of type "oauth2" or "openIdConnect",
 * then the value is a list of scope names. Provide scopes that are required to establish successful
 * connection with the server. Otherwise, the list MUST be empty", and an oauth2 scope must be one its
 * flows define. 3.x: a scheme's {@code scopes} must be among its flows' {@code availableScopes}.
 */
final class SecurityRequirements {
  private SecurityRequirements() {}

  /** Every 2.x Security Requirement Object in the root file: on servers, operations and operation traits. */
  static void nameDeclaredSchemesAndScopes(MapNode document, Walker walker, Where where) {
    MapNode schemes = DeclaredNames.map(document, "components", "securitySchemes");
    boolean operationSecurity = walker.version().atLeast("2.4.0");
    owners(document).forEach((owner, label) -> {
      if (!(owner.get("security") instanceof ListNode requirements)
          || !operationSecurity && !label.startsWith("server") && !label.startsWith("component server")) {
        return; // operations and their traits take 'security' from 2.4.0; before, the field is the error
      }
      for (SpecNode item : requirements.items()) {
        if (item instanceof MapNode requirement) {
          for (String name : requirement.keys()) {
            requirement(schemes, document, requirement, name, label, walker);
          }
        }
      }
    });
  }

  private static void requirement(MapNode schemes, MapNode document, MapNode requirement, String name, String owner,
      Walker walker) {
    if (schemes == null || !schemes.has(name)) {
      walker.error(requirement.keyPosition(name), "the security of " + owner + " names scheme '" + name
          + "', which the document's components.securitySchemes do not declare");
      return;
    }
    MapNode scheme = DeclaredNames.follow(document, schemes.get(name));
    if (scheme == null || !(scheme.get("type") instanceof ScalarNode type) || !(requirement.get(name) instanceof ListNode scopes)) {
      return; // in another file, or reported by the field table
    }
    if (type.text().equals("oauth2")) {
      Set<String> defined = flowScopes(scheme, "scopes");
      for (SpecNode scope : scopes.items()) {
        if (scope instanceof ScalarNode text && text.isString() && !defined.contains(text.text())) {
          walker.error(text.position(), "the security of " + owner + " asks scheme '" + name + "' for scope '"
              + text.text() + "', which its flows do not define (defined: " + listed(defined) + ")");
        }
      }
    } else if (!type.text().equals("openIdConnect") && !scopes.items().isEmpty()) {
      walker.error(scopes.items().get(0).position(), "the security of " + owner + " lists scopes for scheme '" + name
          + "' of type '" + type.text() + "'; only oauth2 and openIdConnect take scopes, for others the list must"
          + " be empty");
    }
  }

  /** 3.x Security Scheme Object, scopes: each must be one of the oauth2 flows' {@code availableScopes}. */
  static void scopesAreAvailable(MapNode scheme, Walker walker, Where where) {
    if (!(scheme.get("type") instanceof ScalarNode type && type.text().equals("oauth2"))
        || !(scheme.get("scopes") instanceof ListNode scopes)) {
      return;
    }
    Set<String> available = flowScopes(scheme, "availableScopes");
    for (SpecNode scope : scopes.items()) {
      if (scope instanceof ScalarNode text && text.isString() && !available.contains(text.text())) {
        walker.error(text.position(), "scope '" + text.text() + "' of " + where.label()
            + " is not one of its flows' availableScopes (" + listed(available) + ")");
      }
    }
  }

  /** The scope names every flow of a scheme defines, under {@code field}. */
  private static Set<String> flowScopes(MapNode scheme, String field) {
    Set<String> names = new TreeSet<>();
    if (scheme.get("flows") instanceof MapNode flows) {
      for (String flow : flows.keys()) {
        if (flows.get(flow) instanceof MapNode map && map.get(field) instanceof MapNode scopes) {
          names.addAll(scopes.keys());
        }
      }
    }
    return names;
  }

  private static String listed(Set<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** Objects that may hold {@code security}, each once, with what messages call it. */
  private static Map<MapNode, String> owners(MapNode document) {
    Map<MapNode, String> seen = new IdentityHashMap<>();
    Map<MapNode, String> owners = new LinkedHashMap<>();
    BiConsumer<SpecNode, String> add = (node, label) -> {
      MapNode owner = DeclaredNames.follow(document, node);
      if (owner != null && seen.putIfAbsent(owner, label) == null) {
        owners.put(owner, label);
      }
    };
    // Components first: an object $ref'd from elsewhere is named where it is written.
    entries(document, List.of("components", "servers"), "component server", add);
    entries(document, List.of("components", "operationTraits"), "component operation trait", add);
    entries(document, List.of("servers"), "server", add);
    for (List<String> path : List.of(List.of("channels"), List.of("components", "channels"))) {
      MapNode channels = DeclaredNames.map(document, path.toArray(String[]::new));
      if (channels == null) {
        continue;
      }
      String noun = path.size() == 1 ? "channel" : "component channel";
      for (String name : channels.keys()) {
        MapNode channel = DeclaredNames.follow(document, channels.get(name));
        for (String keyword : List.of("subscribe", "publish")) {
          if (channel != null && channel.get(keyword) != null) {
            String label = keyword + " operation of " + noun + " '" + name + "'";
            add.accept(channel.get(keyword), label);
            MapNode operation = DeclaredNames.follow(document, channel.get(keyword));
            if (operation != null && operation.get("traits") instanceof ListNode traits) {
              for (int i = 0; i < traits.items().size(); i++) {
                add.accept(traits.items().get(i), "trait #" + (i + 1) + " of " + label);
              }
            }
          }
        }
      }
    }
    return owners;
  }

  private static void entries(MapNode document, List<String> path, String noun,
      BiConsumer<SpecNode, String> add) {
    MapNode map = DeclaredNames.map(document, path.toArray(String[]::new));
    if (map != null) {
      map.keys().forEach(name -> add.accept(map.get(name), noun + " '" + name + "'"));
    }
  }
}
