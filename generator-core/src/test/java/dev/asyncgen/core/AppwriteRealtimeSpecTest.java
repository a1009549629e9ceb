package dev.asyncgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.AllOfFlattener;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress.Literal;
import dev.asyncgen.core.model.ChannelAddress.ParameterRef;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.EventPattern;
import dev.asyncgen.core.model.FlatObject;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.Server;
import dev.asyncgen.core.model.StringSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped Appwrite Realtime document, read as it is, flaws included. */
class AppwriteRealtimeSpecTest {
  private static final String DOCUMENTS_CHANNEL =
      "databases.{databaseId}.collections.{collectionId}.documents.{documentId}";

  private static SpecReader.Result result;
  private static AsyncApi api;

  @BeforeAll
  static void read() {
    result = Specs.read(Specs.APPWRITE);
    api = result.api();
  }

  @Test
  void readsWithTheTwoUpstreamFlawsAsWarnings() {
    assertThat(result.warnings()).extracting(Object::toString).containsExactly(
        "../specs/appwrite-realtime.yaml:38:7: warning: server 'cloud' declares variable 'project' but its url"
            + " 'cloud.appwrite.io/v1/realtime' has no {project}",
        "../specs/appwrite-realtime.yaml:278:22: warning: example 'accountUpdateName' of message 'AccountEvent'"
            + " does not match its payload schema at /payload/email: array found, string expected");
    assertThat(api.asyncapiVersion()).isEqualTo("2.6.0");
    assertThat(api.info().title()).isEqualTo("Appwrite Realtime API");
    assertThat(api.defaultContentType()).isEqualTo("application/json");
  }

  @Test
  void hasTwelveChannelsInDocumentOrder() {
    assertThat(api.channels()).extracting(Channel::id).containsExactly(
        "account",
        "databases.{databaseId}.collections.{collectionId}.documents",
        DOCUMENTS_CHANNEL,
        "files",
        "files.{fileId}",
        "functions.{functionId}",
        "executions",
        "executions.{executionId}",
        "teams",
        "teams.{teamId}",
        "memberships",
        "memberships.{membershipId}");
  }

  @Test
  void channelParametersFollowTheNameOrder() {
    assertThat(api.channels())
        .extracting(Channel::id, c -> List.copyOf(c.parameters().keySet()))
        .containsExactly(
            tuple("account", List.of()),
            tuple("databases.{databaseId}.collections.{collectionId}.documents", List.of("databaseId", "collectionId")),
            tuple(DOCUMENTS_CHANNEL, List.of("databaseId", "collectionId", "documentId")),
            tuple("files", List.of()),
            tuple("files.{fileId}", List.of("fileId")),
            tuple("functions.{functionId}", List.of("functionId")),
            tuple("executions", List.of()),
            tuple("executions.{executionId}", List.of("executionId")),
            tuple("teams", List.of()),
            tuple("teams.{teamId}", List.of("teamId")),
            tuple("memberships", List.of()),
            tuple("memberships.{membershipId}", List.of("membershipId")));
  }

  @Test
  void channelParametersCarryTheComponentDescriptionAndAStringSchema() {
    var documentId = api.channel(DOCUMENTS_CHANNEL).orElseThrow().parameters().get("documentId");

    assertThat(documentId.description()).isEqualTo("The Appwrite Document ID.");
    assertThat(documentId.schema()).isInstanceOf(StringSchema.class);
    assertThat(api.parameters()).containsOnlyKeys("databaseId", "collectionId", "documentId", "fileId",
        "functionId", "executionId", "teamId", "membershipId");
  }

  @Test
  void everyChannelHasOneSubscribeOperationWithItsOperationIdAndMessage() {
    assertThat(api.channels()).allSatisfy(channel -> {
      assertThat(channel.operations(Operation.Action.RECEIVE)).isEmpty();
      assertThat(channel.operations()).singleElement().satisfies(op -> {
        assertThat(op.messageOneOf()).isTrue();
        assertThat(op.messages()).hasSize(1);
      });
    });
    assertThat(api.channels())
        .extracting(c -> c.operations().get(0))
        .extracting(Operation::id, op -> op.messages().get(0).key(), op -> payloadName(op.messages().get(0)))
        .containsExactly(
            tuple("subscribeAccount", "AccountEvent", "AccountEnvelope"),
            tuple("subscribeCollectionDocuments", "DocumentEvent", "DocumentEnvelope"),
            tuple("subscribeDocument", "DocumentEvent", "DocumentEnvelope"),
            tuple("subscribeFiles", "FileEvent", "FileEnvelope"),
            tuple("subscribeFile", "FileEvent", "FileEnvelope"),
            tuple("subscribeFunction", "ExecutionEvent", "ExecutionEnvelope"),
            tuple("subscribeExecutions", "ExecutionEvent", "ExecutionEnvelope"),
            tuple("subscribeExecution", "ExecutionEvent", "ExecutionEnvelope"),
            tuple("subscribeTeams", "TeamEvent", "TeamEnvelope"),
            tuple("subscribeTeam", "TeamEvent", "TeamEnvelope"),
            tuple("subscribeMemberships", "MembershipEvent", "MembershipEnvelope"),
            tuple("subscribeMembership", "MembershipEvent", "MembershipEnvelope"));
  }

  @Test
  void componentMessagesAreSharedWithTheChannelsThatReferToThem() {
    assertThat(api.messages()).containsOnlyKeys(
        "AccountEvent", "DocumentEvent", "FileEvent", "ExecutionEvent", "TeamEvent", "MembershipEvent");
    Message fromChannel = api.channel("account").orElseThrow().operations().get(0).messages().get(0);

    assertThat(fromChannel).isSameAs(api.messages().get("AccountEvent"));
    assertThat(fromChannel.contentType()).isEqualTo("application/json");
    assertThat(fromChannel.title()).isEqualTo("Account Realtime Event");
  }

  @Test
  void accountEnvelopeIsAnAllOfWhoseOnlyParentIsEnvelope() {
    Schema schema = api.schema("AccountEnvelope").orElseThrow().schema();

    assertThat(schema).isInstanceOfSatisfying(CompositionSchema.class, allOf -> {
      assertThat(allOf.kind()).isEqualTo(CompositionSchema.Kind.ALL_OF);
      assertThat(allOf.parents()).extracting(ReferenceSchema::name).containsExactly("Envelope");
    });
  }

  @Test
  void flattenedAccountEnvelopeHasTheFourEnvelopePropertiesAllRequired() {
    FlatObject flat = flatten("AccountEnvelope");

    assertThat(flat.properties()).extracting(Property::name)
        .containsExactly("events", "channels", "timestamp", "payload");
    assertThat(flat.required()).containsExactly("events", "channels", "timestamp", "payload");
    assertThat(flat.parents()).containsExactly("Envelope");
  }

  @Test
  void flattenedAccountEnvelopeTakesPayloadFromTheInlinePartAndTimestampFromEnvelope() {
    FlatObject flat = flatten("AccountEnvelope");

    assertThat(flat.property("payload").orElseThrow().schema())
        .isInstanceOfSatisfying(ReferenceSchema.class, ref -> assertThat(ref.name()).isEqualTo("Account"));
    assertThat(flat.property("timestamp").orElseThrow().schema())
        .isInstanceOfSatisfying(StringSchema.class, s -> assertThat(s.format()).isEqualTo("date-time"));
  }

  @Test
  void accountEventsItemsAreTheThirteenEventPatternsInOrder() {
    Schema events = flatten("AccountEnvelope").property("events").orElseThrow().schema();

    assertThat(events).isInstanceOf(ArraySchema.class);
    Schema items = ((ArraySchema) events).items();
    assertThat(items).isInstanceOfSatisfying(StringSchema.class, item -> {
      assertThat(item.isEventPatternEnum()).isTrue();
      assertThat(item.eventPatterns()).extracting(EventPattern::pattern).containsExactly(
          "users.*.create",
          "users.*.update",
          "users.*.update.name",
          "users.*.update.email",
          "users.*.update.password",
          "users.*.update.status",
          "users.*.delete",
          "users.*.sessions.*.create",
          "users.*.sessions.*.delete",
          "users.*.recovery.*.create",
          "users.*.recovery.*.update",
          "users.*.verification.*.create",
          "users.*.verification.*.update");
    });
  }

  @Test
  void accountUpdateNamePatternMatchesAConcreteEventName() {
    StringSchema items = (StringSchema) ((ArraySchema) flatten("AccountEnvelope").property("events").orElseThrow()
        .schema()).items();
    EventPattern updateName = items.eventPatterns().get(2);

    assertThat(updateName.pattern()).isEqualTo("users.*.update.name");
    assertThat(updateName.matches("users.42.update.name")).isTrue();
    assertThat(updateName.matches("users.42.update")).isFalse();
  }

  @Test
  void executionStatusIsAPlainStringEnum() {
    ObjectSchema execution = (ObjectSchema) api.schema("Execution").orElseThrow().schema();

    assertThat(execution.property("status").orElseThrow().schema()).isInstanceOfSatisfying(StringSchema.class, s -> {
      assertThat(s.enumValues()).containsExactly("waiting", "processing", "completed", "failed");
      assertThat(s.isEventPatternEnum()).isFalse();
      assertThat(s.eventPatterns()).isEmpty();
    });
  }

  @Test
  void documentKeepsAnyAdditionalProperties() {
    ObjectSchema document = (ObjectSchema) api.schema("Document").orElseThrow().schema();

    assertThat(document.additionalProperties().kind()).isEqualTo(AdditionalProperties.Kind.ANY);
  }

  @Test
  void accountCreatedAtIsADateTimeString() {
    ObjectSchema account = (ObjectSchema) api.schema("Account").orElseThrow().schema();

    assertThat(account.property("$createdAt").orElseThrow().schema())
        .isInstanceOfSatisfying(StringSchema.class, s -> assertThat(s.format()).isEqualTo("date-time"));
  }

  @Test
  void namedSchemasAreTheComponentsInDocumentOrder() {
    assertThat(api.schemas()).containsOnlyKeys("Envelope", "AccountEnvelope", "DocumentEnvelope", "FileEnvelope",
        "ExecutionEnvelope", "TeamEnvelope", "MembershipEnvelope", "Account", "Document", "File", "Execution",
        "Team", "Membership");
    assertThat(List.copyOf(api.schemas().keySet())).startsWith("Envelope", "AccountEnvelope", "DocumentEnvelope");
  }

  @Test
  void cloudServerHasItsUrlProtocolAndProjectVariable() {
    assertThat(api.servers()).containsOnlyKeys("cloud");
    Server cloud = api.servers().get("cloud");

    assertThat(cloud.url()).isEqualTo("cloud.appwrite.io/v1/realtime");
    assertThat(cloud.protocol()).isEqualTo("wss");
    assertThat(cloud.variables()).containsOnlyKeys("project");
    assertThat(cloud.variables().get("project").defaultValue()).isEqualTo("[PROJECT_ID]");
  }

  /**
   * Upstream writes {@code email: [email protected]} (an e-mail obfuscator's output, with a no-break
   * space), which YAML reads as a one-item flow list.
   */
  @Test
  void accountEventExampleEmailIsAListBecauseOfTheUpstreamFlaw() {
    var example = api.messages().get("AccountEvent").examples().get(0);
    @SuppressWarnings("unchecked")
    Map<String, Object> envelope = (Map<String, Object>) example.payload();
    @SuppressWarnings("unchecked")
    Map<String, Object> account = (Map<String, Object>) envelope.get("payload");

    assertThat(example.name()).isEqualTo("accountUpdateName");
    assertThat(account.get("email")).isInstanceOf(List.class).isEqualTo(List.of("email\u00A0protected"));
    assertThat(account.get("name")).isEqualTo("Kin Lane");
  }

  @Test
  void documentsChannelAddressSplitsIntoSixSegments() {
    var address = api.channel(DOCUMENTS_CHANNEL).orElseThrow().address().orElseThrow();

    assertThat(address.separator()).isEqualTo('.');
    assertThat(address.parameterNames()).containsExactly("databaseId", "collectionId", "documentId");
    assertThat(address.segments()).containsExactly(
        List.of(new Literal("databases")),
        List.of(new ParameterRef("databaseId")),
        List.of(new Literal("collections")),
        List.of(new ParameterRef("collectionId")),
        List.of(new Literal("documents")),
        List.of(new ParameterRef("documentId")));
  }

  @Test
  void filesAreOnlyTheRootSpecWithItsPathAsGiven() {
    assertThat(api.files()).extracting(f -> f.displayPath()).containsExactly("../specs/appwrite-realtime.yaml");
  }

  private static String payloadName(Message message) {
    return message.payload() instanceof ReferenceSchema ref ? ref.name() : String.valueOf(message.payload());
  }

  private static FlatObject flatten(String name) {
    return new AllOfFlattener(api.schemas()).flatten((CompositionSchema) api.schema(name).orElseThrow().schema());
  }
}
