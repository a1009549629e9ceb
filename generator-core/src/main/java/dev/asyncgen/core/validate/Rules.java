package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Field.optional;
import static dev.asyncgen.core.validate.Field.required;
import static dev.asyncgen.core.validate.Kind.listOf;
import static dev.asyncgen.core.validate.Kind.mapOf;
import static dev.asyncgen.core.validate.Kind.mapOfAdvised;
import static dev.asyncgen.core.validate.Kind.obj;
import static dev.asyncgen.core.validate.Kind.ref;
import static dev.asyncgen.core.validate.ObjectRule.closed;
import static dev.asyncgen.core.validate.ObjectRule.extensible;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The AsyncAPI 2.0.0 to 2.6.0 objects, one declaration each, written from the specification's
 * "Fixed Fields" tables. A field's {@code since} is the first version whose text has it; where
 * the text changed between versions, the comment says how we read it.
 *
 * <p>Reference Objects are accepted wherever any 2.x text allows one in that place, with two
 * exceptions that were features of their own release: servers (2.3.0) and server variables
 * (2.5.0). 2.0.0's tables omit "| Reference Object" for operation traits, messages in operations
 * and a few components, but its own examples use references there.
 */
final class Rules {
  /**
   * Components Object: "All the fixed fields declared above are objects that MUST use keys that match
   * ...". Yet the official 2.x JSON Schemas, the official parser and specs in the wild accept other
   * keys ('Billing Receipt Created'), so a key that does not match is a warning (an error only under
   * {@code validate --strict}), and Java names are derived from it as from any other.
   */
  static final Pattern COMPONENT_NAME = Pattern.compile("^[a-zA-Z0-9\\.\\-_]+$");
  /** Servers Object and Parameters Object patterned fields. */
  static final Pattern SERVER_NAME = Pattern.compile("^[A-Za-z0-9_\\-]+$");
  static final Pattern PARAMETER_NAME = SERVER_NAME;

  private static final Kind STRING = Kind.Simple.STRING;
  private static final Kind ANY = Kind.Simple.ANY;
  private static final Kind SCHEMA = Kind.Special.SCHEMA;
  private static final Kind BINDINGS = Kind.ref(Kind.Special.BINDINGS);

  static final ObjectRule EXTERNAL_DOCS = extensible("external docs", "external docs",
      optional("description", STRING),
      required("url", STRING));

  static final ObjectRule TAG = extensible("tag", "a tag",
      required("name", STRING),
      optional("description", STRING),
      optional("externalDocs", obj(EXTERNAL_DOCS)));

  private static final Kind TAGS = listOf(obj(TAG), "tag");

  static final ObjectRule CONTACT = extensible("contact", "contact",
      optional("name", STRING),
      optional("url", STRING),
      optional("email", STRING));

  static final ObjectRule LICENSE = extensible("license", "license",
      required("name", STRING),
      optional("url", STRING));

  static final ObjectRule INFO = extensible("info", "info",
      required("title", STRING),
      required("version", STRING),
      optional("description", STRING),
      optional("termsOfService", STRING),
      optional("contact", obj(CONTACT)),
      optional("license", obj(LICENSE)));

  static final ObjectRule SERVER_VARIABLE = extensible("server variable", "a server variable",
      optional("enum", listOf(STRING, "enum value")),
      optional("default", STRING),
      optional("description", STRING),
      optional("examples", listOf(STRING, "example")));

  /** Security Requirement Object: {name}: [string], a list of Security Requirement Objects wherever used. */
  private static final Kind SECURITY = listOf(mapOf(listOf(STRING, "scope"), "scheme"), "security requirement");

  static final ObjectRule SERVER = extensible("server", "a server",
      required("url", STRING),
      required("protocol", STRING),
      optional("protocolVersion", STRING),
      optional("description", STRING),
      // 2.5.0 allowed references here, once 2.4.0 had made server variables components.
      optional("variables", mapOf(new Kind.Ref(obj(SERVER_VARIABLE), "2.5.0"), "variable")),
      optional("security", SECURITY),
      optional("tags", TAGS).since("2.5.0"),
      optional("bindings", BINDINGS))
      .with(Checks.serverVariablesAreDeclaredIn("url"))
      .with(Checks.serverVariablesAreUsedIn("url"))
      .with(Checks::tagNamesAreUnique);

  static final ObjectRule PARAMETER = extensible("parameter", "a parameter",
      optional("description", STRING),
      optional("schema", SCHEMA),
      optional("location", STRING))
      .with(Checks::locationIsARuntimeExpression);

  static final ObjectRule CORRELATION_ID = extensible("correlation ID", "a correlation ID",
      optional("description", STRING),
      required("location", STRING))
      .with(Checks::locationIsARuntimeExpression);

  /**
   * Message Example Object (2.2.0). 2.1.0 already limited an example's keys to these four, in
   * prose and without extensions; 2.0.0 allowed any map (see {@link #EXAMPLES}).
   */
  static final ObjectRule MESSAGE_EXAMPLE = closed("message example", "a message example",
      optional("headers", mapOf(ANY, "header")),
      optional("payload", ANY),
      optional("name", STRING),
      optional("summary", STRING))
      .extensionsSince("2.2.0")
      .with(Checks::exampleHasHeadersOrPayload);

  private static final Kind EXAMPLES = new Kind.Since("2.1.0",
      listOf(mapOf(ANY, "field"), "example"),
      listOf(obj(MESSAGE_EXAMPLE), "example"));

  /** Traits are applied as JSON Merge Patches, where a null value removes the field. */
  static boolean isTrait(ObjectRule rule) {
    // By noun, which only the 2.x and 3.x traits carry: comparing with RulesV3's would build every 3.x rule
    // for a 2.x document.
    return rule.noun().equals("message trait") || rule.noun().equals("operation trait");
  }

  static final ObjectRule MESSAGE_TRAIT = extensible("message trait", "a message trait",
      optional("messageId", STRING).since("2.4.0"),
      optional("headers", SCHEMA),
      optional("correlationId", ref(CORRELATION_ID)),
      optional("schemaFormat", STRING),
      optional("contentType", STRING),
      optional("name", STRING),
      optional("title", STRING),
      optional("summary", STRING),
      optional("description", STRING),
      optional("tags", TAGS),
      optional("externalDocs", obj(EXTERNAL_DOCS)),
      optional("bindings", BINDINGS),
      optional("examples", EXAMPLES))
      .with(Checks::headersAreObjects)
      .with(Checks::tagNamesAreUnique);

  /** No field is required: not even {@code payload}. */
  static final ObjectRule MESSAGE = extensible("message", "a message",
      optional("messageId", STRING).since("2.4.0"),
      optional("headers", SCHEMA),
      optional("payload", ANY),
      optional("correlationId", ref(CORRELATION_ID)),
      optional("schemaFormat", STRING),
      optional("contentType", STRING),
      optional("name", STRING),
      optional("title", STRING),
      optional("summary", STRING),
      optional("description", STRING),
      optional("tags", TAGS),
      optional("externalDocs", obj(EXTERNAL_DOCS)),
      optional("bindings", BINDINGS),
      optional("examples", EXAMPLES),
      optional("traits", listOf(ref(MESSAGE_TRAIT), "trait")))
      .with(Checks::headersAreObjects)
      .with(Checks::payloadIsSchemaUnlessFormatSaysOtherwise)
      .with(Checks::tagNamesAreUnique);

  static final ObjectRule OPERATION_TRAIT = extensible("operation trait", "an operation trait",
      optional("operationId", STRING),
      optional("summary", STRING),
      optional("description", STRING),
      optional("security", SECURITY).since("2.4.0"),
      optional("tags", TAGS),
      optional("externalDocs", obj(EXTERNAL_DOCS)),
      optional("bindings", BINDINGS))
      .with(Checks::tagNamesAreUnique);

  static final ObjectRule OPERATION = extensible("operation", "an operation",
      optional("operationId", STRING),
      optional("summary", STRING),
      optional("description", STRING),
      optional("security", SECURITY).since("2.4.0"),
      optional("tags", TAGS),
      optional("externalDocs", obj(EXTERNAL_DOCS)),
      optional("bindings", BINDINGS),
      optional("traits", listOf(ref(OPERATION_TRAIT), "trait")),
      optional("message", ref(Kind.Special.OPERATION_MESSAGE)).called("message"))
      .with(Checks::tagNamesAreUnique);

  static final ObjectRule CHANNEL = extensible("channel", "a channel",
      optional("description", STRING),
      optional("subscribe", obj(OPERATION)).called("subscribe operation"),
      optional("publish", obj(OPERATION)).called("publish operation"),
      optional("parameters", mapOf(ref(PARAMETER), "parameter", PARAMETER_NAME)),
      optional("bindings", BINDINGS),
      optional("$ref", STRING),
      optional("servers", listOf(STRING, "server name")).since("2.2.0"))
      .with(Checks::channelRefStandsAlone);

  static final ObjectRule OAUTH_FLOWS = oauthFlows("scopes");

  /** Which fields each {@code type} takes is {@link SecuritySchemeTypes}' table. */
  static final ObjectRule SECURITY_SCHEME = securityScheme(OAUTH_FLOWS);

  static final ObjectRule COMPONENTS = extensible("components", "components",
      optional("schemas", mapOfAdvised(SCHEMA, "component schema", COMPONENT_NAME)),
      optional("servers", mapOfAdvised(ref(SERVER), "component server", COMPONENT_NAME)).since("2.3.0"),
      // Not 2.3.0: the 2.3.0 table has servers and channels only; serverVariables came with 2.4.0.
      optional("serverVariables", mapOfAdvised(ref(SERVER_VARIABLE), "component server variable", COMPONENT_NAME))
          .since("2.4.0"),
      // No key pattern: channel names are URI templates ("user/{id}"), as the spec's own example here shows.
      optional("channels", mapOf(obj(CHANNEL), "component channel")).since("2.3.0"),
      optional("messages", mapOfAdvised(ref(MESSAGE), "component message", COMPONENT_NAME)),
      optional("securitySchemes", mapOfAdvised(ref(SECURITY_SCHEME), "component security scheme", COMPONENT_NAME)),
      optional("parameters", mapOfAdvised(ref(PARAMETER), "component parameter", COMPONENT_NAME)),
      optional("correlationIds", mapOfAdvised(ref(CORRELATION_ID), "component correlation ID", COMPONENT_NAME)),
      optional("operationTraits", mapOfAdvised(ref(OPERATION_TRAIT), "component operation trait", COMPONENT_NAME)),
      optional("messageTraits", mapOfAdvised(ref(MESSAGE_TRAIT), "component message trait", COMPONENT_NAME)),
      optional("serverBindings", mapOfAdvised(BINDINGS, "component server bindings", COMPONENT_NAME)),
      optional("channelBindings", mapOfAdvised(BINDINGS, "component channel bindings", COMPONENT_NAME)),
      optional("operationBindings", mapOfAdvised(BINDINGS, "component operation bindings", COMPONENT_NAME)),
      optional("messageBindings", mapOfAdvised(BINDINGS, "component message bindings", COMPONENT_NAME)))
      .endingChains();

  static final ObjectRule DOCUMENT = extensible("AsyncAPI document", "the AsyncAPI document",
      required("asyncapi", STRING),
      optional("id", STRING),
      required("info", obj(INFO)),
      // Server references came with components.servers in 2.3.0.
      optional("servers", mapOf(new Kind.Ref(obj(SERVER), "2.3.0"), "server", SERVER_NAME)),
      // 2.0.0's root table misses this row, but 2.0.0 defines "Default Content Type" as this field
      // (section and example); 2.1.0 added the row as a fix, not as a new feature.
      optional("defaultContentType", STRING),
      required("channels", mapOf(obj(CHANNEL), "channel")),
      optional("components", obj(COMPONENTS)),
      optional("tags", TAGS),
      optional("externalDocs", obj(EXTERNAL_DOCS)))
      .with(Checks::tagNamesAreUnique)
      .with(Checks::channelServersAreDeclared)
      .with(Checks::channelNamesHaveNoQueryOrFragment)
      .with(MessageIds::areUnique)
      .with(SecurityRequirements::nameDeclaredSchemesAndScopes);

  private Rules() {}

  /** OAuth Flows Object; the scopes map of each flow is {@code scopesField}. */
  static ObjectRule oauthFlows(String scopesField) {
    return extensible("OAuth flows", "OAuth flows",
        optional("implicit", obj(flow("implicit", true, false, scopesField))),
        optional("password", obj(flow("password", false, true, scopesField))),
        optional("clientCredentials", obj(flow("clientCredentials", false, true, scopesField))),
        optional("authorizationCode", obj(flow("authorizationCode", true, true, scopesField))));
  }

  /** Security Scheme Object with {@code flows} of the version, and the fields the version adds. */
  static ObjectRule securityScheme(ObjectRule flows, Field... added) {
    List<Field> fields = new java.util.ArrayList<>(List.of(
        required("type", STRING),
        optional("description", STRING),
        optional("name", STRING),
        optional("in", STRING),
        optional("scheme", STRING),
        optional("bearerFormat", STRING),
        optional("flows", obj(flows)),
        optional("openIdConnectUrl", STRING)));
    fields.addAll(List.of(added));
    return extensible("security scheme", "a security scheme", fields.toArray(Field[]::new))
        .with(SecuritySchemeTypes::check);
  }

  /**
   * OAuth Flow Object: "Applies To" says which flows take {@code authorizationUrl} and
   * {@code tokenUrl}; where they apply they are REQUIRED. The scopes map is {@code scopes} in 2.x,
   * {@code availableScopes} in 3.x.
   */
  private static ObjectRule flow(String name, boolean authorizationUrl, boolean tokenUrl, String scopesField) {
    List<Field> fields = new java.util.ArrayList<>();
    if (authorizationUrl) {
      fields.add(required("authorizationUrl", STRING));
    }
    if (tokenUrl) {
      fields.add(required("tokenUrl", STRING));
    }
    fields.add(optional("refreshUrl", STRING));
    fields.add(required(scopesField, mapOf(STRING, "scope")));
    return extensible(name + " flow", "an OAuth " + name + " flow", fields.toArray(Field[]::new));
  }
}
