package dev.asyncgen.core.validate;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.SchemaFormats;
import dev.asyncgen.core.shape.ServerUrls;
import java.util.HashMap;
import java.util.Map;

/** The rules a field table cannot express, one method each, referenced from {@link Rules}. */
final class Checks {
  private Checks() {}

  /**
   * Tags Object, wherever an object has {@code tags}: "Each tag name in the list MUST be unique."
   * A 3.x tag may be a reference; one to another file is the resolver's to read, and not compared.
   */
  static void tagNamesAreUnique(MapNode object, Walker walker, Where where) {
    if (!(object.get("tags") instanceof ListNode tags)) {
      return;
    }
    String owner = where == Where.DOCUMENT || where.label().equals("info") ? "the document's tags"
        : "the tags of " + where.label();
    Map<String, SourcePosition> seen = new HashMap<>();
    for (SpecNode item : tags.items()) {
      MapNode tag = DeclaredNames.follow(walker.root(), item);
      if (tag != null && tag.get("name") instanceof ScalarNode name && name.isString()) {
        ScalarNode ref = DeclaredNames.ref(item);
        SourcePosition at = ref != null ? ref.position() : name.position();
        SourcePosition first = seen.putIfAbsent(name.text(), at);
        if (first != null) {
          walker.error(at, "duplicate tag name '" + name.text() + "' in " + owner + " (first used at " + first + ")");
        }
      }
    }
  }

  /**
   * Channel names (2.x) and addresses (3.x) are paths without a query or a fragment: the official
   * parser's {@code asyncapi2-channel-no-query-nor-fragment} and {@code asyncapi3-...} rules, which
   * send query parameters to the channel's bindings.
   */
  static String queryOrFragmentIn(String address) {
    return address.indexOf('?') >= 0 ? "a query ('?')" : address.indexOf('#') >= 0 ? "a fragment ('#')" : null;
  }

  /** Channel names of a 2.x document, at the root and (2.3.0) in components: see {@link #queryOrFragmentIn}. */
  static void channelNamesHaveNoQueryOrFragment(MapNode document, Walker walker, Where where) {
    channelNamesHaveNoQueryOrFragment(DeclaredNames.map(document, "channels"), "channel", walker);
    channelNamesHaveNoQueryOrFragment(DeclaredNames.map(document, "components", "channels"), "component channel",
        walker);
  }

  private static void channelNamesHaveNoQueryOrFragment(MapNode channels, String noun, Walker walker) {
    if (channels == null) {
      return;
    }
    for (String name : channels.keys()) {
      String found = queryOrFragmentIn(name);
      if (found != null) {
        walker.error(channels.keyPosition(name), "the name of " + noun + " '" + name + "' has " + found
            + ": a channel name cannot hold a query or a fragment; describe them in the channel's bindings");
      }
    }
  }

  /** Message Example Object: "MUST contain either headers and/or payload fields." */
  static void exampleHasHeadersOrPayload(MapNode example, Walker walker, Where where) {
    if (!example.has("headers") && !example.has("payload")) {
      walker.error(example.position(), where.label() + " needs 'headers' or 'payload' (or both)");
    }
  }

  /**
   * Message and Message Trait, headers: "Schema MUST be of type "object"." (2.x), "Schema MUST be a
   * map of key-value pairs." (3.x, where the schema may sit in a Multi Format Schema Object).
   */
  static void headersAreObjects(MapNode message, Walker walker, Where where) {
    SpecNode headers = message.get("headers");
    if (headers instanceof MapNode multiFormat && multiFormat.get("schemaFormat") instanceof ScalarNode format
        && format.isString() && SchemaFormats.isSchemaObject(format.text())) {
      headers = multiFormat.get("schema");
    }
    if (headers instanceof MapNode schema && !schema.has("$ref")
        && schema.get("type") instanceof ScalarNode type && type.isString() && !type.text().equals("object")) {
      walker.error(type.position(), "headers of " + where.label() + " must be a schema of type 'object', found type '"
          + type.text() + "'");
    }
  }

  /**
   * Message, payload: "It can be of any type but defaults to Schema object", and "If [schemaFormat
   * is] omitted, implementations should parse the payload as a Schema object". So the payload is
   * shaped as a schema when no format or a JSON Schema format is named; Avro, RAML and others are
   * their own business.
   */
  static void payloadIsSchemaUnlessFormatSaysOtherwise(MapNode message, Walker walker, Where where) {
    SpecNode payload = message.get("payload");
    if (payload == null) {
      return;
    }
    if (payload instanceof MapNode ref && ref.has("$ref")) {
      // A Reference Object whatever the format (the spec's Avro example uses one).
      SchemaShape.check(payload, "payload of " + where.label(), walker);
      return;
    }
    SpecNode format = message.get("schemaFormat");
    if (format == null && message.has("traits")) {
      return; // a trait may set schemaFormat, and traits may live in other files
    }
    if (format != null && !(format instanceof ScalarNode text && text.isString() && SchemaFormats.isSchemaObject(text.text()))) {
      return;
    }
    SchemaShape.check(payload, "payload of " + where.label(), walker);
  }

  /**
   * Server, url (2.x), host and pathname (3.x): variables are substituted "when a variable is named
   * in {braces}", from the map in {@code variables}. A name without an entry is an error, as in the
   * official parser's {@code asyncapi2-server-variables} rule: nothing could be put in its place.
   */
  static ObjectRule.Check serverVariablesAreDeclaredIn(String field) {
    return (server, walker, where) -> {
      if (!(server.get(field) instanceof ScalarNode text && text.isString())) {
        return;
      }
      SpecNode variables = server.get("variables");
      if (variables != null && !(variables instanceof MapNode)) {
        return; // reported as a type error already
      }
      for (String name : ServerUrls.variables(text.text())) {
        if (variables == null || !((MapNode) variables).has(name)) {
          walker.error(text.position(), "the " + field + " of " + where.label() + " uses {" + name
              + "}, but its 'variables' do not define '" + name + "'");
        }
      }
    };
  }

  /**
   * Server, variables: a variable that the url (2.x), or host and pathname (3.x), never names is a
   * warning. The official parser's rule makes it an error, but an unused default hurts no generated
   * code, and real specs document connection parameters this way (Appwrite's {@code project}).
   */
  static ObjectRule.Check serverVariablesAreUsedIn(String... fields) {
    return (server, walker, where) -> {
      if (!(server.get("variables") instanceof MapNode variables)) {
        return;
      }
      StringBuilder url = new StringBuilder();
      for (String field : fields) {
        if (server.get(field) instanceof ScalarNode text && text.isString()) {
          url.append(text.text());
        }
      }
      for (String name : variables.keys()) {
        if (!ServerUrls.variables(url.toString()).contains(name)) {
          walker.warning(variables.keyPosition(name), where.label() + " declares variable '" + name
              + "' but its url '" + url + "' has no {" + name + "}");
        }
      }
    };
  }

  /** Channel Item, $ref: "Using the $ref property with other properties is deprecated since 2.3.0." */
  static void channelRefStandsAlone(MapNode channel, Walker walker, Where where) {
    if (channel.has("$ref") && channel.keys().size() > 1 && walker.version().atLeast("2.3.0")) {
      walker.warning(channel.keyPosition("$ref"), "'$ref' next to other fields in " + where.label()
          + " is deprecated since AsyncAPI 2.3.0");
    }
  }

  /**
   * Channel Item, servers (2.2.0 on): "The servers property of a channel item MUST contain names of
   * servers defined in the Servers Object" (components hold none a channel may name).
   */
  static void channelServersAreDeclared(MapNode document, Walker walker, Where where) {
    MapNode servers = DeclaredNames.map(document, "servers");
    MapNode channels = DeclaredNames.map(document, "channels");
    if (channels == null || !walker.version().atLeast("2.2.0")) { // before 2.2.0, 'servers' is itself the error
      return;
    }
    for (String channel : channels.keys()) {
      if (channels.get(channel) instanceof MapNode item && item.get("servers") instanceof ListNode names) {
        for (SpecNode name : names.items()) {
          if (name instanceof ScalarNode scalar && scalar.isString() && (servers == null || !servers.has(scalar.text()))) {
            walker.error(scalar.position(), "channel '" + channel + "' lists server '" + scalar.text()
                + "', which the document's servers do not declare");
          }
        }
      }
    }
  }

  /**
   * Parameter, Correlation ID and (3.x) Operation Reply Address, location: "A runtime expression"
   * of the form {@code $message.header#/json/pointer} or {@code $message.payload#/json/pointer}, as
   * the official JSON Schemas' pattern has it.
   */
  static void locationIsARuntimeExpression(MapNode object, Walker walker, Where where) {
    if (object.get("location") instanceof ScalarNode location && location.isString()
        && !isRuntimeExpression(location.text())) {
      walker.error(location.position(), "'location' in " + where.label() + " must be a runtime expression such as"
          + " '$message.payload#/user/id' or '$message.header#/correlationId', found '" + location.text() + "'");
    }
  }

  /**
   * {@code $message.header#} or {@code $message.payload#}, then a JSON pointer: empty, or tokens each
   * after a {@code /}, where {@code ~} only starts {@code ~0} or {@code ~1}. Checked by hand: the
   * schemas' regex, with its alternation in a loop, overflows Java's stack on a long location.
   */
  static boolean isRuntimeExpression(String text) {
    String pointer;
    if (text.startsWith("$message.header#")) {
      pointer = text.substring("$message.header#".length());
    } else if (text.startsWith("$message.payload#")) {
      pointer = text.substring("$message.payload#".length());
    } else {
      return false;
    }
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < pointer.length(); i++) {
      if (pointer.charAt(i) == '~' && (i + 1 == pointer.length() || "01".indexOf(pointer.charAt(i + 1)) < 0)) {
        return false;
      }
    }
    return true;
  }
}
