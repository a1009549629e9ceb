package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Security Scheme Object's "Applies To" column: which fields each {@code type} takes, which
 * of them are REQUIRED, and the values {@code in} may have.
 */
final class SecuritySchemeTypes {
  /**
   * One valid {@code type}.
   *
   * @param since first version that lists it (the SASL types came with 2.1.0)
   * @param required fields REQUIRED for this type
   * @param optional other fields that apply to it
   * @param in the values {@code in} may have, empty when it does not apply
   */
  record Type(String name, String since, List<String> required, List<String> optional, List<String> in) {}

  static final Map<String, Type> TYPES = byName(
      new Type("userPassword", "2.0.0", List.of(), List.of(), List.of()),
      new Type("apiKey", "2.0.0", List.of("in"), List.of(), List.of("user", "password")),
      new Type("X509", "2.0.0", List.of(), List.of(), List.of()),
      new Type("symmetricEncryption", "2.0.0", List.of(), List.of(), List.of()),
      new Type("asymmetricEncryption", "2.0.0", List.of(), List.of(), List.of()),
      new Type("httpApiKey", "2.0.0", List.of("name", "in"), List.of(), List.of("query", "header", "cookie")),
      new Type("http", "2.0.0", List.of("scheme"), List.of("bearerFormat"), List.of()),
      new Type("oauth2", "2.0.0", List.of("flows"), List.of(), List.of()),
      new Type("openIdConnect", "2.0.0", List.of("openIdConnectUrl"), List.of(), List.of()),
      new Type("plain", "2.1.0", List.of(), List.of(), List.of()),
      new Type("scramSha256", "2.1.0", List.of(), List.of(), List.of()),
      new Type("scramSha512", "2.1.0", List.of(), List.of(), List.of()),
      new Type("gssapi", "2.1.0", List.of(), List.of(), List.of()));

  /** 3.0 adds {@code scopes}, the scope names a server or operation needs, to oauth2 and openIdConnect. */
  static final Map<String, Type> TYPES_V3 = byName(TYPES.values().stream()
      .map(t -> t.name().equals("oauth2") || t.name().equals("openIdConnect")
          ? new Type(t.name(), t.since(), t.required(), List.of("scopes"), t.in()) : t)
      .toArray(Type[]::new));


  private SecuritySchemeTypes() {}

  static void check(MapNode scheme, Walker walker, Where where) {
    Map<String, Type> types = walker.version().major() >= 3 ? TYPES_V3 : TYPES;
    if (!(scheme.get("type") instanceof ScalarNode typeNode && typeNode.isString())) {
      return; // missing or not a string: reported by the field table
    }
    Type type = types.get(typeNode.text());
    if (type == null || !walker.version().atLeast(type.since())) {
      String valid = types.values().stream()
          .filter(t -> walker.version().atLeast(t.since()))
          .map(Type::name)
          .collect(Collectors.joining(", "));
      String why = type == null ? "" : " ('" + type.name() + "' requires AsyncAPI " + type.since()
          + " or later; this document is " + walker.version().text() + ")";
      walker.error(typeNode.position(), "'type' in " + where.label() + " must be one of " + valid + ", found '"
          + typeNode.text() + "'" + why);
      return;
    }
    String described = where.label() + " of type '" + type.name() + "'";
    for (String field : type.required()) {
      if (!scheme.has(field)) {
        walker.error(scheme.position(), described + " is missing '" + field + "'");
      }
    }
    Set<String> typeSpecific = typeSpecific(types);
    for (String key : scheme.keys()) {
      if (typeSpecific.contains(key) && !type.required().contains(key) && !type.optional().contains(key)) {
        walker.error(scheme.keyPosition(key), "'" + key + "' does not apply to " + described + " (it applies to "
            + typesTaking(types, key) + ")");
      }
    }
    // "bearerFormat ... Applies To: http ("bearer")"; schemes are case-insensitive (RFC 7235).
    if (scheme.has("bearerFormat") && scheme.get("scheme") instanceof ScalarNode name && name.isString()
        && !name.text().equalsIgnoreCase("bearer")) {
      walker.error(scheme.keyPosition("bearerFormat"), "'bearerFormat' in " + described + " applies only to scheme"
          + " 'bearer', not '" + name.text() + "'");
    }
    SpecNode in = scheme.get("in");
    if (!type.in().isEmpty() && in instanceof ScalarNode value && value.isString() && !type.in().contains(value.text())) {
      walker.error(in.position(), "'in' in " + described + " must be one of " + String.join(", ", type.in())
          + ", found '" + value.text() + "'");
    }
  }

  /** The fields that apply to some types only. */
  private static Set<String> typeSpecific(Map<String, Type> types) {
    return types.values().stream()
        .flatMap(t -> Stream.concat(t.required().stream(), t.optional().stream()))
        .collect(Collectors.toSet());
  }

  private static String typesTaking(Map<String, Type> types, String field) {
    return types.values().stream()
        .filter(t -> t.required().contains(field) || t.optional().contains(field))
        .map(Type::name)
        .collect(Collectors.joining(" and "));
  }

  private static Map<String, Type> byName(Type... types) {
    Map<String, Type> map = new LinkedHashMap<>();
    for (Type type : types) {
      map.put(type.name(), type);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
