package dev.asyncgen.core.diff;

import static dev.asyncgen.core.diff.DiffSpecs.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diff over AsyncAPI 3.x documents, read through the version-neutral model: what the application
 * sends, generated code receives (reader verdicts); what it receives, generated code sends (writer).
 */
class V3DiffTest {
  /**
   * The application sends events (two operations), receives commands, and answers questions on a reply
   * channel without an address; channel ids differ from addresses.
   */
  static final String BASE = """
      asyncapi: 3.0.0
      info: {title: t, version: '1'}
      channels:
        events:
          address: events.{id}
          parameters:
            id: {}
          messages:
            event: {$ref: '#/components/messages/Event'}
            alarm: {$ref: '#/components/messages/Alarm'}
        commands:
          address: commands
          messages:
            command: {$ref: '#/components/messages/Command'}
        questions:
          address: questions
          messages:
            question: {payload: {$ref: '#/components/schemas/Question'}}
        answers:
          address: null
          messages:
            answer:
              payload:
                type: object
                properties:
                  text: {type: string}
                  score: {type: integer}
      operations:
        sendEvent:
          action: send
          channel: {$ref: '#/channels/events'}
          messages:
            - $ref: '#/channels/events/messages/event'
            - $ref: '#/channels/events/messages/alarm'
        sendAlarm:
          action: send
          channel: {$ref: '#/channels/events'}
          messages:
            - $ref: '#/channels/events/messages/alarm'
        receiveCommand:
          action: receive
          channel: {$ref: '#/channels/commands'}
        answerQuestion:
          action: receive
          channel: {$ref: '#/channels/questions'}
          reply:
            address: {location: '$message.header#/replyTo'}
            channel: {$ref: '#/channels/answers'}
      components:
        messages:
          Event:
            payload: {$ref: '#/components/schemas/Event'}
          Alarm:
            payload: {$ref: '#/components/schemas/Alarm'}
          Command:
            payload: {$ref: '#/components/schemas/Command'}
        schemas:
          Event:
            type: object
            properties:
              id: {type: string}
          Alarm:
            type: object
            properties:
              level: {type: integer}
          Command:
            type: object
            properties:
              name: {type: string}
          Question:
            type: object
            properties:
              text: {type: string}
      """;

  /** {@link DiffSpecs#BASE} up to its components, as the official converter (convert.js) writes it in 3.0. */
  static final String BASE_CONVERTED_HEAD = """
      asyncapi: 3.0.0
      info:
        title: t
        version: '1'
      servers:
        prod:
          host: events.example.com
          protocol: wss
      channels:
        'events.{id}':
          address: 'events.{id}'
          messages:
            subscribe.message:
              $ref: '#/components/messages/Event'
          description: Events about one thing.
          parameters:
            id: {}
        commands:
          address: commands
          messages:
            publish.message:
              $ref: '#/components/messages/Command'
        refunds:
          address: refunds
          messages:
            publish.message:
              payload:
                $ref: '#/components/schemas/Refund'
      operations:
        'events.{id}.subscribe':
          action: send
          channel:
            $ref: '#/channels/events.{id}'
          messages:
            - $ref: '#/channels/events.{id}/messages/subscribe.message'
        commands.publish:
          action: receive
          channel:
            $ref: '#/channels/commands'
          messages:
            - $ref: '#/channels/commands/messages/publish.message'
        refunds.publish:
          action: receive
          channel:
            $ref: '#/channels/refunds'
          messages:
            - $ref: '#/channels/refunds/messages/publish.message'
      """;

  @TempDir
  Path dir;

  /** A 2.x spec of {@link DiffSpecs} in AsyncAPI 3.0: the converter's channels and operations, the same components. */
  private static String converted(String spec) {
    return BASE_CONVERTED_HEAD + spec.substring(spec.indexOf("components:"));
  }

  @Test
  void theAppwriteSpecAndItsOfficial30ConversionDifferInNothing() {
    ReadRequest original = ReadRequest.of(Path.of("../specs/appwrite-realtime.yaml"));
    ReadRequest converted = ReadRequest.of(Path.of("src/test/resources/specs/v3/appwrite-realtime-3.0.yaml"));
    GenerationOptions options = GenerationOptions.forPackage("io.appwrite.realtime");

    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n",
        SpecDiff.diff(new DiffRequest(original, converted, options)).text());
    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n",
        SpecDiff.diff(new DiffRequest(converted, original, options)).text());
  }

  @Test
  void aSpecAndIts30ConversionDifferInNothingThoughTheConverterNamesOperationsAndMessages() {
    // Unnamed messages are named by their operation: "refunds publish" in 2.x, "refunds.publish" in 3.0.
    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", DiffSpecs.diff(dir, DiffSpecs.BASE,
        converted(DiffSpecs.BASE)).text());
    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", DiffSpecs.diff(dir, converted(DiffSpecs.BASE),
        DiffSpecs.BASE).text());
  }

  /** subscribe is send and publish receive: a change reads the same from a 2.x spec to a 2.x or a 3.0 one. */
  @ParameterizedTest
  @ValueSource(strings = {"enum: [fast, slow]|enum: [fast, slow, lazy]", "required: [id]|required: []",
      "amount: {type: number}|amount: {type: string}", "        note: {type: string, description: A note.}\n|",
      "name: {type: string}|name: {type: string, enum: [start, stop]}",
      "name: {type: string}|name: {type: string, maxLength: 8}", "status: {type: string, enum: [waiting, done]}|"
          + "status: {type: string, enum: [waiting, done], default: waiting, deprecated: true}"})
  void aChangeIsJudgedAlikeInEitherVersion(String change) {
    String[] parts = change.split("\\|", -1);
    String after = replace(DiffSpecs.BASE, parts[0], parts[1]);

    List<String> within = verdicts(DiffSpecs.diff(dir, DiffSpecs.BASE, after));
    List<String> across = verdicts(DiffSpecs.diff(dir, DiffSpecs.BASE, converted(after)));

    assertEquals(within, across);
    assertTrue(!within.isEmpty());
  }

  private static List<String> verdicts(DiffReport report) {
    return report.findings().stream().map(f -> f.rule() + " " + f.level() + " " + f.subject() + " | " + f.wire()
        + " | " + f.source()).toList();
  }

  @Test
  void aServerUrlWrittenWithItsSchemeIsTheSamePlaceAsItsHostAndPathname() {
    String v2 = "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\n"
        + "servers:\n  stream: {url: 'https://stream.example.com:8443/v1', protocol: https}\nchannels: {}\n";
    String v3 = "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
        + "servers:\n  stream: {host: 'stream.example.com:8443', pathname: /v1, protocol: https}\n";
    String moved = v3.replace("/v1", "/v2");

    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", DiffSpecs.diff(dir, v2, v3).text());
    assertEquals(List.of("SERVER_CHANGED WARN servers.stream"),
        DiffSpecs.diff(dir, v2, moved).findings().stream().map(f -> f.rule() + " " + f.level() + " " + f.subject())
            .toList());
  }

  /**
   * 2.x names a scheme and its scopes; the converter writes a copy of the scheme with its scopes inline in
   * 3.0, which is read as the component it copies: the same security.
   */
  @Test
  void securityIsTheSameInA30ConversionWhereTheConverterCopiesTheSchemeInline() {
    String schemes = "components:\n  securitySchemes:\n    oauth:\n      type: oauth2\n      flows:\n"
        + "        clientCredentials: {tokenUrl: 'https://auth.example.com/token', %s: {read: Read, write: Write}}\n";
    String v2 = "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nservers:\n  prod:\n    url: events.example.com\n"
        + "    protocol: wss\n    security: [{oauth: [read]}]\nchannels: {}\n" + schemes.formatted("scopes");
    String v3 = "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\nservers:\n  prod:\n    host: events.example.com\n"
        + "    protocol: wss\n    security:\n      - type: oauth2\n        flows:\n          clientCredentials:"
        + " {tokenUrl: 'https://auth.example.com/token', availableScopes: {read: Read, write: Write}}\n"
        + "        scopes: [read]\n" + schemes.formatted("availableScopes");

    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", DiffSpecs.diff(dir, v2, v3).text());
    DiffReport wider = DiffSpecs.diff(dir, v2, v3.replace("scopes: [read]", "scopes: [read, write]"));
    assertEquals(List.of("SECURITY_CHANGED WARN servers.prod security"), wider.findings().stream()
        .map(f -> f.rule() + " " + f.level() + " " + f.subject()).toList());
    assertEquals("servers.prod: security oauth[read] became oauth[read, write]", wider.findings().get(0).message());
  }

  @Test
  void anOperationsSecurityByReferenceIsComparedByTheSchemesName() {
    String secured = replace(BASE, "  receiveCommand:\n    action: receive\n",
        "  receiveCommand:\n    action: receive\n    security:\n      - $ref: '#/components/securitySchemes/key'\n");
    secured = replace(secured, "components:\n", "components:\n  securitySchemes:\n"
        + "    key: {type: httpApiKey, name: key, in: query}\n    token: {type: http, scheme: bearer}\n");
    DiffReport report = DiffSpecs.diff(dir, secured, secured.replace("securitySchemes/key'", "securitySchemes/token'"));
    assertEquals(List.of("commands receive receiveCommand security: security key became token"),
        report.findings().stream().map(f -> f.subject() + ": " + f.message().substring(f.message().indexOf(": ") + 2))
            .toList());
  }

  @Test
  void aDocumentAgainstItselfHasNoFindings() {
    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", DiffSpecs.diff(dir, BASE, BASE).text());
  }

  @Test
  void anOperationTheApplicationReceivesRemovedBreaksGeneratedWriters() {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, """
          receiveCommand:
            action: receive
            channel: {$ref: '#/channels/commands'}
        """, ""));

    assertEquals(List.of("old.yaml:" + line(BASE, "  receiveCommand:") + ":3: ERR OPERATION_REMOVED commands receive"
        + " receiveCommand: operation removed"), lines(report));
    assertEquals("writer (sent on commands): NEW consumers no longer accept these messages",
        report.findings().get(0).wire());
  }

  @Test
  void oneOfSeveralOperationsOfOneActionOnAChannelRemovedIsNamedByItsId() {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, """
          sendAlarm:
            action: send
            channel: {$ref: '#/channels/events'}
            messages:
              - $ref: '#/channels/events/messages/alarm'
        """, ""));

    // One operation left: the channel's payload is the union of its messages, no longer Object.
    assertEquals(List.of("new.yaml:4:3: ERR CHANNEL_PAYLOAD_TYPE_CHANGED events: payload type Object became"
        + " SendEventPayload", "old.yaml:" + line(BASE, "  sendAlarm:") + ":3: WARN OPERATION_REMOVED events send"
        + " sendAlarm: operation removed"), lines(report));
    assertEquals("reader (received on events): NEW producers no longer send these messages",
        report.findings().get(1).wire());
  }

  @Test
  void aMessageRemovedFromAnOperationTheApplicationSends() {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, """
              - $ref: '#/channels/events/messages/event'
              - $ref: '#/channels/events/messages/alarm'
        """, """
              - $ref: '#/channels/events/messages/event'
        """));

    assertEquals(List.of("old.yaml:" + line(BASE, "payload: {$ref: '#/components/schemas/Alarm'}") + ":7: INFO MESSAGE_REMOVED events send"
        + " sendEvent Alarm: message removed from the operation"), lines(report));
    assertEquals("reader (received on events): NEW producers no longer send it", report.findings().get(0).wire());
  }

  @Test
  void aChannelWhoseAddressChangedMovesItsMessagesAndItsBuilderMethod() {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, "address: commands", "address: orders"));

    assertEquals(List.of("new.yaml:" + line(BASE, "  commands:") + ":3: ERR CHANNEL_ADDRESS_CHANGED commands: address"
        + " 'commands' became 'orders'"), lines(report));
    Finding finding = report.findings().get(0);
    assertEquals("writer (sent on commands): OLD producers send to the old address, where NEW consumers no longer"
        + " listen", finding.wire());
    assertEquals("Channels.commands() is now Channels.orders()", finding.source());
  }

  @Test
  void aChannelIdRenamedWithTheSameAddressChangesNothing() {
    String renamed = replace(replace(BASE, "  commands:\n    address: commands", "  orders:\n    address: commands"),
        "channel: {$ref: '#/channels/commands'}", "channel: {$ref: '#/channels/orders'}");

    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", DiffSpecs.diff(dir, BASE, renamed).text());
  }

  @Test
  void aReplyPayloadChangeIsJudgedForTheCodeThatReceivesTheReply() {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, "            score: {type: integer}\n", ""));

    assertEquals(List.of("old.yaml:" + line(BASE, "score:") + ":13: ERR PROPERTY_REMOVED answerQuestion"
        + " reply.payload.score: property removed (reaches answers)"), lines(report));
    // The application receives the question and sends the answer: generated code receives it.
    Finding finding = report.findings().get(0);
    assertEquals("reader (received on answers)", finding.wire().substring(0, finding.wire().indexOf(':')));
    assertTrue(finding.source().startsWith("accessor AnswerQuestionReplyPayload.score() removed"), finding.source());
  }

  @Test
  void aMessageAddedToAReplyIsJudgedForTheCodeThatSendsTheReply() {
    String twoAnswers = replace(BASE, "    address: null\n    messages:\n", "    address: null\n    messages:\n"
        + "      refusal: {payload: {type: string}}\n");
    String listed = replace(twoAnswers, "      channel: {$ref: '#/channels/answers'}\n",
        "      channel: {$ref: '#/channels/answers'}\n"
            + "      messages: [{$ref: '#/channels/answers/messages/answer'}]\n");
    String receiving = replace(listed, "  answerQuestion:\n    action: receive", "  answerQuestion:\n    action: send");

    DiffReport report = DiffSpecs.diff(dir, receiving, replace(receiving, "messages: [{$ref: "
        + "'#/channels/answers/messages/answer'}]", "messages: [{$ref: '#/channels/answers/messages/answer'}, "
        + "{$ref: '#/channels/answers/messages/refusal'}]"));

    // The application asks and receives the answers: generated code answers, so a new reply is its to send.
    Finding added = report.findings().stream().filter(f -> f.rule() == Rule.MESSAGE_ADDED).findFirst().orElseThrow();
    assertEquals("questions send answerQuestion reply answerQuestion reply #2", added.subject());
    assertEquals("writer (sent on answers): NEW consumers still accept every OLD message", added.wire());
  }

  private static int line(String spec, String text) {
    return DiffSpecs.lineOf(spec, text);
  }

  private static List<String> lines(DiffReport report) {
    return report.findings().stream().map(Finding::toString).toList();
  }
}
