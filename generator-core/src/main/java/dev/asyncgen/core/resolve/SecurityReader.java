package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.SecurityRequirement;
import dev.asyncgen.core.model.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code security} of a server or operation. 2.x lists requirement objects, scheme name to
 * scopes; 3.x lists security schemes (or {@code $ref}s to them) carrying their {@code scopes}. A 3.x
 * scheme written inline is named after the component it copies (what the official converter writes
 * for a 2.x requirement with scopes), else after its {@code type}.
 */
final class SecurityReader {
  private static final String COMPONENT_SCHEMES = "/components/securitySchemes/";

  private final ReferenceResolver references;
  private final Fields fields;
  private final boolean threeX;
  private final Map<String, Object> components = new LinkedHashMap<>();
  private final Map<String, SecurityScheme> schemes = new LinkedHashMap<>();

  /** @param schemes the root's {@code components/securitySchemes}, or null */
  SecurityReader(ReferenceResolver references, Fields fields, MapNode schemes, boolean threeX) {
    this.references = references;
    this.fields = fields;
    this.threeX = threeX;
    if (schemes != null) {
      schemes.entries().forEach((name, node) -> components.put(name, withoutScopes(PlainValues.of(node))));
      schemes.entries().forEach((name, node) -> {
        ReferenceResolver.Target target = references.follow(node);
        SpecNode scheme = target != null ? target.node() : node;
        if (scheme instanceof MapNode map && PlainValues.of(map) instanceof Map<?, ?> plain) {
          Map<String, Object> values = new LinkedHashMap<>();
          plain.forEach((key, value) -> values.put(String.valueOf(key), value));
          values.remove("scopes");
          this.schemes.put(name, new SecurityScheme(name, fields.string(map, "type"), fields.string(map, "description"),
              values, map.position()));
        }
      });
    }
  }

  /** The components' security schemes by name, {@code $ref}s followed. */
  Map<String, SecurityScheme> schemes() {
    return schemes;
  }

  /** The alternatives {@code owner} lists under {@code security}; empty when none. */
  List<SecurityRequirement> of(MapNode owner) {
    ListNode list = fields.list(owner, "security");
    List<SecurityRequirement> requirements = new ArrayList<>();
    if (list == null) {
      return requirements;
    }
    for (SpecNode item : list.items()) {
      SecurityRequirement requirement = threeX ? scheme(item) : requirement(item);
      if (requirement != null) {
        requirements.add(requirement);
      }
    }
    return requirements;
  }

  private SecurityRequirement requirement(SpecNode item) {
    if (!(item instanceof MapNode map)) {
      return null;
    }
    Map<String, List<String>> schemes = new LinkedHashMap<>();
    map.entries().forEach((name, scopes) -> schemes.put(name, scopes instanceof ListNode ? strings(scopes) : List.of()));
    return new SecurityRequirement(schemes);
  }

  private SecurityRequirement scheme(SpecNode item) {
    ReferenceResolver.Target target = references.follow(item);
    if (target == null || !(target.node() instanceof MapNode map)) {
      return null;
    }
    String name = target.location() != null && target.location().pointer().startsWith(COMPONENT_SCHEMES)
        ? target.location().lastToken() : copied(map);
    return new SecurityRequirement(Map.of(name, map.get("scopes") instanceof ListNode ? strings(map.get("scopes"))
        : List.<String>of()));
  }

  /** The component an inline scheme equals but for its scopes, else its type. */
  private String copied(MapNode map) {
    Object inline = withoutScopes(PlainValues.of(map));
    return components.entrySet().stream().filter(e -> e.getValue().equals(inline)).map(Map.Entry::getKey)
        .findFirst().orElseGet(() -> String.valueOf(fields.string(map, "type")));
  }

  private static Object withoutScopes(Object scheme) {
    if (!(scheme instanceof Map<?, ?> map)) {
      return scheme;
    }
    Map<Object, Object> copy = new LinkedHashMap<>(map);
    copy.remove("scopes");
    return copy;
  }

  private static List<String> strings(SpecNode list) {
    return ((ListNode) list).items().stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
        .filter(s -> !s.isNull()).map(ScalarNode::text).sorted().toList();
  }
}
