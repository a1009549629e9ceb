package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Field.optional;
import static dev.asyncgen.core.validate.Field.required;
import static dev.asyncgen.core.validate.Kind.listOf;
import static dev.asyncgen.core.validate.Kind.mapOf;
import static dev.asyncgen.core.validate.Kind.mapOfAdvised;
import static dev.asyncgen.core.validate.Kind.obj;
import static dev.asyncgen.core.validate.Kind.ref;
import static dev.asyncgen.core.validate.ObjectRule.extensible;

import java.util.Arrays;

/**
 * The AsyncAPI 3.0.0 objects, one declaration each, written from the 3.0.0 specification's "Fixed
 * Fields" tables; 3.1.0 changed no table (see the package notes). Objects that 2.x shares unchanged
 * (contact, license, correlation ID, server variable, OAuth flows) come from {@link Rules}.
 */
final class RulesV3 {
  private static final Kind STRING = Kind.Simple.STRING;
  private static final Kind ANY = Kind.Simple.ANY;
  private static final Kind SCHEMA = Kind.Special.SCHEMA;
  private static final Kind MULTI_FORMAT = Kind.Special.MULTI_FORMAT_SCHEMA;
  private static final Kind REFERENCE = Kind.Special.REFERENCE;
  private static final Kind BINDINGS = ref(Kind.Special.BINDINGS);
  private static final Kind MESSAGE_REFERENCES = listOf(REFERENCE, "message");

  static final ObjectRule EXTERNAL_DOCS = Rules.EXTERNAL_DOCS;
  private static final Kind EXTERNAL_DOCS_OR_REF = ref(EXTERNAL_DOCS);

  static final ObjectRule TAG = extensible("tag", "a tag",
      required("name", STRING),
      optional("description", STRING),
      optional("externalDocs", EXTERNAL_DOCS_OR_REF));

  /** Tags Object: "An Tag Object in a list can be referenced by Reference Object". */
  private static final Kind TAGS = listOf(ref(TAG), "tag");

  static final ObjectRule INFO = extensible("info", "info",
      required("title", STRING),
      required("version", STRING),
      optional("description", STRING),
      optional("termsOfService", STRING),
      optional("contact", obj(Rules.CONTACT)),
      optional("license", obj(Rules.LICENSE)),
      optional("tags", TAGS),
      optional("externalDocs", EXTERNAL_DOCS_OR_REF))
      .with(Checks::tagNamesAreUnique);

  /** 3.0 renames each flow's {@code scopes} to {@code availableScopes}. */
  static final ObjectRule OAUTH_FLOWS = Rules.oauthFlows("availableScopes");

  /** 3.0 adds {@code scopes}: the scope names the server or operation needs. */
  static final ObjectRule SECURITY_SCHEME =
      Rules.securityScheme(OAUTH_FLOWS, optional("scopes", listOf(STRING, "scope")))
          .with(SecurityRequirements::scopesAreAvailable);

  /** 3.x security: a list of Security Scheme Objects or references to them, any one of which suffices. */
  private static final Kind SECURITY = listOf(ref(SECURITY_SCHEME), "security scheme");

  /**
   * 3.0.0's Server Object lacks the "MAY be extended" line that 3.1.0 added as a clarification; the
   * 3.0.0 JSON Schema accepts extensions there, and so do we.
   */
  static final ObjectRule SERVER = extensible("server", "a server",
      required("host", STRING),
      required("protocol", STRING),
      optional("protocolVersion", STRING),
      optional("pathname", STRING),
      optional("description", STRING),
      optional("title", STRING),
      optional("summary", STRING),
      optional("variables", mapOf(ref(Rules.SERVER_VARIABLE), "variable")),
      optional("security", SECURITY),
      optional("tags", TAGS),
      optional("externalDocs", EXTERNAL_DOCS_OR_REF),
      optional("bindings", BINDINGS))
      .with(Checks.serverVariablesAreDeclaredIn("host"))
      .with(Checks.serverVariablesAreDeclaredIn("pathname"))
      .with(Checks.serverVariablesAreUsedIn("host", "pathname"))
      .with(Checks::tagNamesAreUnique);

  /** Values are strings now; the 2.x {@code schema} field is gone. */
  static final ObjectRule PARAMETER = extensible("parameter", "a parameter",
      optional("enum", listOf(STRING, "enum value")),
      optional("default", STRING),
      optional("description", STRING),
      optional("examples", listOf(STRING, "example")),
      optional("location", STRING))
      .with(Checks::locationIsARuntimeExpression);

  static final ObjectRule MULTI_FORMAT_SCHEMA = extensible("schema", "a multi-format schema",
      required("schemaFormat", STRING),
      required("schema", ANY))
      .with(ChecksV3::schemaIsSchemaObjectUnlessFormatSaysOtherwise);

  /**
   * 3.0.0's table types an example's payload {@code Map[string, any]}, 3.1.0's {@code any}; the 3.0.0
   * JSON Schema already took any value, so we read 3.1.0's as a clarification and accept any for both.
   */
  static final ObjectRule MESSAGE_EXAMPLE = extensible("message example", "a message example",
      optional("headers", mapOf(ANY, "header")),
      optional("payload", ANY),
      optional("name", STRING),
      optional("summary", STRING))
      .with(Checks::exampleHasHeadersOrPayload);

  private static final Kind EXAMPLES = listOf(obj(MESSAGE_EXAMPLE), "example");

  /** "[A Message Trait] MAY contain any property from the Message Object, except payload and traits." */
  private static final Field[] MESSAGE_TRAIT_FIELDS = {
      optional("headers", MULTI_FORMAT),
      optional("correlationId", ref(Rules.CORRELATION_ID)),
      optional("contentType", STRING),
      optional("name", STRING),
      optional("title", STRING),
      optional("summary", STRING),
      optional("description", STRING),
      optional("tags", TAGS),
      optional("externalDocs", EXTERNAL_DOCS_OR_REF),
      optional("bindings", BINDINGS),
      optional("examples", EXAMPLES)};

  static final ObjectRule MESSAGE_TRAIT = extensible("message trait", "a message trait", MESSAGE_TRAIT_FIELDS)
      .with(Checks::headersAreObjects)
      .with(Checks::tagNamesAreUnique);

  /** The key in a messages map is the message's id; {@code messageId} and {@code schemaFormat} are gone. */
  static final ObjectRule MESSAGE = extensible("message", "a message", fields(
      new Field[] {optional("payload", MULTI_FORMAT)},
      MESSAGE_TRAIT_FIELDS,
      new Field[] {optional("traits", listOf(ref(MESSAGE_TRAIT), "trait"))}))
      .with(Checks::headersAreObjects)
      .with(Checks::tagNamesAreUnique);

  static final ObjectRule CHANNEL = extensible("channel", "a channel",
      optional("address", Kind.Special.STRING_OR_NULL),
      optional("messages", mapOf(ref(MESSAGE), "message")),
      optional("title", STRING),
      optional("summary", STRING),
      optional("description", STRING),
      optional("servers", listOf(REFERENCE, "server")),
      optional("parameters", mapOf(ref(PARAMETER), "parameter", Rules.PARAMETER_NAME)),
      optional("tags", TAGS),
      optional("externalDocs", EXTERNAL_DOCS_OR_REF),
      optional("bindings", BINDINGS))
      .with(ChecksV3::addressParametersAreDeclared)
      .with(ChecksV3::addressHasNoQueryOrFragment)
      .with(Checks::tagNamesAreUnique);

  static final ObjectRule REPLY_ADDRESS = extensible("reply address", "a reply address",
      optional("description", STRING),
      required("location", STRING))
      .with(Checks::locationIsARuntimeExpression);

  static final ObjectRule REPLY = extensible("reply", "a reply",
      optional("address", ref(REPLY_ADDRESS)),
      optional("channel", REFERENCE),
      optional("messages", MESSAGE_REFERENCES));

  /**
   * "[An Operation Trait] MAY contain any property from the Operation Object, except the action,
   * channel and traits ones": 3.1.0 adds messages, which 3.0.0's table already lacked, as both lack reply.
   */
  private static final Field[] OPERATION_TRAIT_FIELDS = {
      optional("title", STRING),
      optional("summary", STRING),
      optional("description", STRING),
      optional("security", SECURITY),
      optional("tags", TAGS),
      optional("externalDocs", EXTERNAL_DOCS_OR_REF),
      optional("bindings", BINDINGS)};

  static final ObjectRule OPERATION_TRAIT =
      extensible("operation trait", "an operation trait", OPERATION_TRAIT_FIELDS)
          .with(Checks::tagNamesAreUnique);

  static final ObjectRule OPERATION = extensible("operation", "an operation", fields(
      new Field[] {required("action", STRING), required("channel", REFERENCE)},
      OPERATION_TRAIT_FIELDS,
      new Field[] {
          optional("traits", listOf(ref(OPERATION_TRAIT), "trait")),
          optional("messages", MESSAGE_REFERENCES),
          optional("reply", ref(REPLY))}))
      .with(ChecksV3::actionIsSendOrReceive)
      .with(Checks::tagNamesAreUnique);

  static final ObjectRule COMPONENTS = extensible("components", "components",
      optional("schemas", mapOfAdvised(MULTI_FORMAT, "component schema", Rules.COMPONENT_NAME)),
      optional("servers", component(SERVER, "server")),
      optional("channels", component(CHANNEL, "channel")),
      optional("operations", component(OPERATION, "operation")),
      optional("messages", component(MESSAGE, "message")),
      optional("securitySchemes", component(SECURITY_SCHEME, "security scheme")),
      optional("serverVariables", component(Rules.SERVER_VARIABLE, "server variable")),
      optional("parameters", component(PARAMETER, "parameter")),
      optional("correlationIds", component(Rules.CORRELATION_ID, "correlation ID")),
      optional("replies", component(REPLY, "reply")),
      optional("replyAddresses", component(REPLY_ADDRESS, "reply address")),
      optional("externalDocs", component(EXTERNAL_DOCS, "external docs")),
      optional("tags", component(TAG, "tag")),
      optional("operationTraits", component(OPERATION_TRAIT, "operation trait")),
      optional("messageTraits", component(MESSAGE_TRAIT, "message trait")),
      optional("serverBindings", mapOfAdvised(BINDINGS, "component server bindings", Rules.COMPONENT_NAME)),
      optional("channelBindings", mapOfAdvised(BINDINGS, "component channel bindings", Rules.COMPONENT_NAME)),
      optional("operationBindings", mapOfAdvised(BINDINGS, "component operation bindings", Rules.COMPONENT_NAME)),
      optional("messageBindings", mapOfAdvised(BINDINGS, "component message bindings", Rules.COMPONENT_NAME)))
      .endingChains();

  /** {@code channels} is optional now: a document may hold only components (a shared library). */
  static final ObjectRule DOCUMENT = extensible("AsyncAPI document", "the AsyncAPI document",
      required("asyncapi", STRING),
      optional("id", STRING),
      required("info", obj(INFO)),
      optional("servers", mapOf(ref(SERVER), "server", Rules.SERVER_NAME)),
      optional("defaultContentType", STRING),
      optional("channels", mapOf(ref(CHANNEL), "channel")),
      optional("operations", mapOf(ref(OPERATION), "operation")),
      optional("components", obj(COMPONENTS)))
      .with(ChecksV3::channelServersAreTheDocumentsServers)
      .with(ChecksV3::securityReferencesExist)
      .with(ChecksV3::componentOperationMessagesAreTheirChannels);

  private RulesV3() {}

  /** A target object's fields: its own around those its traits may have too. */
  private static Field[] fields(Field[]... groups) {
    return Arrays.stream(groups).flatMap(Arrays::stream).toArray(Field[]::new);
  }

  /** Components Object: every map holds the object or a reference, under a key that should match the pattern. */
  private static Kind component(ObjectRule rule, String noun) {
    return mapOfAdvised(ref(rule), "component " + noun, Rules.COMPONENT_NAME);
  }
}
