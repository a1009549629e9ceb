package dev.asyncgen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Reply;
import dev.asyncgen.core.model.StringSchema;
import dev.asyncgen.core.model.UntypedSchema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the 3.x reader fills the version-neutral model, and what it refuses. */
class V3DocumentReadingTest {
  private static final String DIR = Specs.DIR + "/v3/";

  @TempDir
  Path dir;

  @Test
  void aValid30DocumentBecomesChannelsOperationsAndAReply() {
    SpecReader.Result result = Specs.read(Specs.spec("v3/valid.yaml"));
    AsyncApi api = result.api();

    Channel signedUp = api.channel("userSignedUp").orElseThrow();
    assertThat(signedUp.address()).map(ChannelAddress::template).hasValue("user/{userId}/signedup");
    assertThat(signedUp.parameters()).containsOnlyKeys("userId");
    assertThat(signedUp.messages()).containsOnlyKeys("userSignedUp");
    assertThat(signedUp.messages().get("userSignedUp")).isSameAs(api.messages().get("userSignedUp"));
    assertThat(api.channel("replies").orElseThrow().address()).isEmpty();

    Operation operation = signedUp.operations().get(0);
    assertThat(operation.id()).isEqualTo("onUserSignedUp");
    assertThat(operation.action()).isEqualTo(Operation.Action.RECEIVE);
    assertThat(operation.keyword()).isEqualTo("receive");
    assertThat(operation.channelId()).isEqualTo("userSignedUp");
    assertThat(operation.messages()).containsExactly(api.messages().get("userSignedUp"));
    Reply reply = operation.reply().orElseThrow();
    assertThat(reply.channelId()).isEqualTo("replies");
    assertThat(reply.addressLocation()).isEqualTo("$message.header#/replyTo");
    assertThat(reply.messages()).singleElement()
        .isSameAs(api.channel("replies").orElseThrow().messages().get("ack"))
        .satisfies(ack -> assertThat(ack.payload()).isInstanceOf(UntypedSchema.class));

    assertThat(api.servers().get("production").url()).isEqualTo("{region}.example.com:5672/v1");
    assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(DIR + "valid.yaml:36:11: warning:"
        + " schemaFormat 'application/vnd.apache.avro;version=1.9.0' is not supported: the schema is typed as Object");
  }

  @Test
  void aValid31DocumentIsReadToo() {
    assertThat(Specs.read(Specs.spec("v3/valid-3.1.yaml")).api().asyncapiVersion()).isEqualTo("3.1.0");
  }

  @Test
  void parameterEnumAndDefaultBecomeAStringEnumeration() {
    AsyncApi api = Specs.read(Specs.write(dir.resolve("p.yaml"), document("""
        channels:
          lights:
            address: lights/{room}
            parameters:
              room:
                enum: [kitchen, hall]
                default: hall
        """))).api();

    StringSchema room = (StringSchema) api.channel("lights").orElseThrow().parameters().get("room").schema();
    assertThat(room.enumValues()).containsExactly("kitchen", "hall");
    assertThat(room.info().defaultValue()).isEqualTo("hall");
  }

  @Test
  void withoutAMessagesListAnOperationTakesEveryMessageOfItsChannel() {
    AsyncApi api = Specs.read(Specs.write(dir.resolve("all.yaml"), document("""
        channels:
          ping:
            address: ping
            messages:
              a: {payload: {type: string}}
              b: {payload: {type: integer}}
        operations:
          sendPing:
            action: send
            channel: {$ref: '#/channels/ping'}
        """))).api();

    Channel ping = api.channel("ping").orElseThrow();
    Operation send = ping.operations().get(0);
    assertThat(send.action()).isEqualTo(Operation.Action.SEND);
    assertThat(send.messages()).containsExactlyElementsOf(ping.messages().values());
    assertThat(send.messageOneOf()).isTrue();
  }

  @Test
  void theMessageOwnFieldsWinOverItsTraits() {
    AsyncApi api = Specs.read(Specs.write(dir.resolve("traits.yaml"), document("""
        channels:
          ping:
            address: ping
            messages:
              ping:
                name: own
                payload: {type: string}
                traits:
                  - {name: first, title: first, summary: first}
                  - {title: second}
        """))).api();

    var message = api.channel("ping").orElseThrow().messages().get("ping");
    assertThat(message.name()).isEqualTo("own");
    assertThat(message.title()).isEqualTo("second");
    assertThat(message.summary()).isEqualTo("first");
  }

  @Test
  void anOperationMessageOutsideItsChannelAndAChannelOutsideTheDocumentAreErrorsWithPositions() {
    Path spec = Specs.write(dir.resolve("bad.yaml"), document("""
        channels:
          ping:
            address: ping
            messages:
              ping: {payload: {type: string}}
          pong:
            address: pong
            messages:
              pong: {payload: {type: string}}
        operations:
          sendPing:
            action: send
            channel: {$ref: '#/channels/ping'}
            messages:
              - $ref: '#/channels/pong/messages/pong'
          sendElsewhere:
            action: send
            channel: {$ref: '#/components/channels/other'}
        components:
          channels:
            other: {address: other}
        """));

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "bad.yaml:19:15: error: the messages of operation 'sendPing' must be messages of its channel 'ping', each"
            + " a $ref such as '#/channels/ping/messages/<id>'",
        "bad.yaml:22:21: error: the channel of operation 'sendElsewhere' must be a $ref to one of the document's"
            + " channels, such as '#/channels/userSignedUp'");
  }

  @Test
  void examplesAreCheckedAgainstTheSchemaInsideAMultiFormatSchemaObjectAndNotAgainstAnAvroOne() {
    SpecReader.Result result = Specs.read(Specs.write(dir.resolve("examples.yaml"), document("""
        channels:
          ping:
            address: ping
            messages:
              ping:
                payload:
                  schemaFormat: application/vnd.aai.asyncapi+yaml;version=3.0.0
                  schema: {type: object, properties: {count: {type: integer}}}
                examples:
                  - payload: {count: many}
              avro:
                payload:
                  schemaFormat: application/vnd.apache.avro;version=1.9.0
                  schema: {type: record, name: Ping, fields: []}
                examples:
                  - payload: {anything: 1}
        """)));

    assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(
        "examples.yaml:14:30: warning: example '#1' of message 'ping' does not match its payload schema at"
            + " /count: string found, integer expected",
        "examples.yaml:17:11: warning: schemaFormat 'application/vnd.apache.avro;version=1.9.0' is not supported:"
            + " the schema is typed as Object");
  }

  @Test
  void anOperationInAnotherFileNeedsASendOrReceiveActionAndAChannel() {
    Specs.write(dir.resolve("ops.yaml"), """
        sendPing:
          action: publish
          channel: {$ref: 'root.yaml#/channels/ping'}
        noChannel:
          action: send
        """);
    Path root = Specs.write(dir.resolve("root.yaml"), document("""
        channels:
          ping:
            address: ping
            messages:
              ping: {payload: {type: string}}
        operations:
          sendPing: {$ref: 'ops.yaml#/sendPing'}
          noChannel: {$ref: 'ops.yaml#/noChannel'}
        """));

    assertThat(Specs.messages(Specs.readFailing(root))).containsExactly(
        "ops.yaml:2:11: error: 'action' in operation 'sendPing' must be send or receive, found 'publish'",
        "ops.yaml:5:3: error: operation 'noChannel' needs a 'channel': a $ref to one of the document's channels,"
            + " such as '#/channels/userSignedUp'");
  }

  @Test
  void structureErrorsAreReportedAllAtOnceByCheckAndGeneration() {
    SpecException checked = catchThrowableOfType(SpecException.class,
        () -> SourceGenerator.check(ReadRequest.of(Specs.spec("v3/invalid.yaml"))));
    SpecException read = Specs.readFailing(Specs.spec("v3/invalid.yaml"));

    assertThat(Specs.messages(checked)).containsExactly(
        DIR + "invalid.yaml:7:14: error: 'address' in channel 'userSignedUp' must be a string or null, found an"
            + " integer",
        DIR + "invalid.yaml:8:5: error: unknown field 'publish' in channel 'userSignedUp' (allowed: address,"
            + " messages, title, summary, description, servers, parameters, tags, externalDocs, bindings;"
            + " extensions start with x-)",
        DIR + "invalid.yaml:11:13: error: 'action' in operation 'onUserSignedUp' must be send or receive, found"
            + " 'publish'",
        DIR + "invalid.yaml:12:14: error: 'channel' in operation 'onUserSignedUp' must be a Reference Object"
            + " ({$ref: ...}), found a string");
    assertThat(Specs.messages(read)).isEqualTo(Specs.messages(checked));
  }

  private static String document(String rest) {
    return "asyncapi: 3.0.0\ninfo:\n  title: T\n  version: 1.0.0\n" + rest;
  }
}
