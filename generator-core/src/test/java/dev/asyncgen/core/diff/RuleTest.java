package dev.asyncgen.core.diff;

import static dev.asyncgen.core.diff.DiffSpecs.BASE;
import static dev.asyncgen.core.diff.DiffSpecs.UNION;
import static dev.asyncgen.core.diff.DiffSpecs.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One small change per rule: the one finding it gives, its level, subject and position. */
class RuleTest {
  /**
   * A change and its one expected finding.
   *
   * @param inOld whether the position is in the old spec (something removed)
   * @param marker text on the line the finding points at
   * @param below how many lines below the marker (negative: above): a named schema or operation is positioned at
   *     its first field
   */
  record Case(String name, String before, String after, Rule rule, Level level, String subject, boolean inOld,
      String marker, int below) {
    Case(String name, String before, String after, Rule rule, Level level, String subject, boolean inOld,
        String marker) {
      this(name, before, after, rule, level, subject, inOld, marker, 0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The base with a versioned server, a server variable, security and bindings. */
  static final String SERVERS = replace(replace(replace(replace(BASE,
          "  prod: {url: events.example.com, protocol: wss}\n", """
            prod:
              url: '{env}.example.com'
              protocol: wss
              protocolVersion: '13'
              variables:
                env:
                  default: events
                  enum: [events, test]
          """),
      "  commands:\n    publish:\n", """
            commands:
              bindings:
                amqp: {is: routingKey, exchange: {name: cmd}}
              publish:
                security: [{oauth: [read]}]
                bindings:
                  mqtt: {qos: 1}
          """),
      "      payload: {$ref: '#/components/schemas/Command'}\n",
      "      payload: {$ref: '#/components/schemas/Command'}\n      bindings:\n        kafka:\n"
          + "          key: {type: string}\n"),
      "components:\n", """
          components:
            securitySchemes:
              apiKey: {type: httpApiKey, name: key, in: query}
              oauth:
                type: oauth2
                flows:
                  clientCredentials:
                    tokenUrl: https://auth.example.com/token
                    scopes: {read: Read, write: Write}
          """);

  /** The base with a list of strings in the sent Command. */
  static final String LIST = replace(BASE, "        name: {type: string}\n",
      "        name: {type: string}\n        tags: {type: array, maxItems: 10, items: {type: string}}\n");

  static Stream<Case> cases() {
    String commandWithPriority = replace(BASE, "        mode: {type: string, enum: [fast, slow]}",
        "        mode: {type: string, enum: [fast, slow]}\n        priority: {type: integer}");
    String twoOperations = replace(BASE, "      message: {$ref: '#/components/messages/Event'}\n",
        "      message: {$ref: '#/components/messages/Event'}\n    publish:\n"
            + "      message: {$ref: '#/components/messages/Event'}\n");
    String threeAlternatives = replace(UNION, "        - $ref: '#/components/schemas/Command'\n",
        "        - $ref: '#/components/schemas/Command'\n        - $ref: '#/components/schemas/Meta'\n");
    return Stream.of(
        new Case("optional property added to a received record: constructors change",
            BASE, replace(BASE, "        note: {type: string, description: A note.}",
                "        note: {type: string, description: A note.}\n        extra: {type: boolean}"),
            Rule.PROPERTY_ADDED, Level.WARN, "Event.extra", false, "extra:"),
        new Case("required property added to a sent record", BASE, replace(commandWithPriority,
                "required: [name]", "required: [name, priority]"),
            Rule.PROPERTY_ADDED, Level.ERR, "Command.priority", false, "priority:"),
        new Case("property removed", BASE, replace(BASE, "        note: {type: string, description: A note.}\n", ""),
            Rule.PROPERTY_REMOVED, Level.ERR, "Event.note", true, "note:"),
        new Case("type changed", BASE, replace(BASE, "note: {type: string,", "note: {type: integer,"),
            Rule.PROPERTY_TYPE_CHANGED, Level.ERR, "Event.note", false, "note:"),
        new Case("date-time format dropped", BASE,
            replace(BASE, "at: {type: string, format: date-time}", "at: {type: string}"),
            Rule.FORMAT_CHANGED, Level.ERR, "Event.at", false, " at:"),
        new Case("format without a Java type of its own", BASE,
            replace(BASE, "id: {type: string}", "id: {type: string, format: hostname}"),
            Rule.FORMAT_CHANGED, Level.INFO, "Event.id", false, "id: {type: string, format"),
        new Case("sent property became required", BASE, replace(BASE, "required: [name]", "required: [name, mode]"),
            Rule.PROPERTY_BECAME_REQUIRED, Level.ERR, "Command.mode", false, "mode:"),
        new Case("received property became optional", BASE, replace(BASE, "required: [id]", "required: []"),
            Rule.PROPERTY_BECAME_OPTIONAL, Level.ERR, "Event.id", false, "id: {type: string}"),
        new Case("received property became required", BASE, replace(BASE, "required: [id]", "required: [id, note]"),
            Rule.PROPERTY_BECAME_REQUIRED, Level.WARN, "Event.note", false, "note:"),
        new Case("enum value added on a received message (open enums)", BASE,
            replace(BASE, "enum: [waiting, done]", "enum: [waiting, done, scheduled]"),
            Rule.ENUM_VALUE_ADDED, Level.WARN, "Event.status", false, "status:"),
        new Case("value added to a named enum on a sent message", BASE,
            replace(BASE, "enum: [low, high]", "enum: [low, high, urgent]"),
            Rule.ENUM_VALUE_ADDED, Level.WARN, "Urgency", false, "Urgency:"),
        new Case("enum value removed", BASE, replace(BASE, "enum: [waiting, done]", "enum: [waiting]"),
            Rule.ENUM_VALUE_REMOVED, Level.ERR, "Event.status", false, "status:"),
        new Case("description changed", BASE, replace(BASE, "description: A note.", "description: Any note."),
            Rule.DESCRIPTION_CHANGED, Level.INFO, "Event.note", false, "note:"),
        new Case("channel added", BASE, replace(BASE, "  commands:\n",
                "  alerts:\n    subscribe:\n      message: {$ref: '#/components/messages/Event'}\n  commands:\n"),
            Rule.CHANNEL_ADDED, Level.INFO, "alerts", false, "alerts:"),
        new Case("channel removed", twoOperations, replace(twoOperations,
                "  commands:\n    publish:\n      message: {$ref: '#/components/messages/Command'}\n", ""),
            Rule.CHANNEL_REMOVED, Level.ERR, "commands", true, "  commands:"),
        new Case("channel parameter renamed", BASE, replace(replace(BASE, "events.{id}:", "events.{eventId}:"),
                "      id: {schema: {type: string}}", "      eventId: {schema: {type: string}}"),
            Rule.CHANNEL_PARAMETER_CHANGED, Level.INFO, "events.{id}", false, "events.{eventId}:"),
        new Case("channel parameter lists its values: the builder takes an enum", BASE,
            replace(BASE, "id: {schema: {type: string}}", "id: {schema: {type: string, enum: [a, b]}}"),
            Rule.CHANNEL_PARAMETER_CHANGED, Level.ERR, "events.{id} {id}", false, "id: {schema:"),
        new Case("operation added", BASE, twoOperations,
            Rule.OPERATION_ADDED, Level.INFO, "events.{id} publish", false, "    publish:", 1),
        new Case("operation removed on a channel generated code sends on", twoOperations, BASE,
            Rule.OPERATION_REMOVED, Level.ERR, "events.{id} publish", true, "    publish:", 1),
        new Case("schema renamed, same JSON", BASE, replace(replace(BASE, "    Command:\n      type: object",
                "    Order:\n      type: object"), "payload: {$ref: '#/components/schemas/Command'}",
                "payload: {$ref: '#/components/schemas/Order'}"),
            Rule.SCHEMA_RENAMED, Level.ERR, "Command", false, "    Order:", 1),
        new Case("alternative added to a received union", UNION, threeAlternatives,
            Rule.ONE_OF_ALTERNATIVE_ADDED, Level.WARN, "Payment", false, "    Payment:", 1),
        new Case("alternative removed from a received union", threeAlternatives, UNION,
            Rule.ONE_OF_ALTERNATIVE_REMOVED, Level.ERR, "Payment", false, "    Payment:", 1),
        new Case("allOf parent removed", BASE, replace(BASE,
                "      allOf:\n        - $ref: '#/components/schemas/Base'\n", "      allOf:\n"),
            Rule.ALL_OF_PARENT_REMOVED, Level.ERR, "Refund", false, "    Refund:", 1),
        new Case("allOf parent added to a sent record", replace(BASE,
                "      allOf:\n        - $ref: '#/components/schemas/Base'\n", "      allOf:\n"), BASE,
            Rule.ALL_OF_PARENT_ADDED, Level.ERR, "Refund", false, "    Refund:", 1),
        new Case("a received record that refused unknown properties now allows them", replace(BASE,
                "      required: [id]\n", "      required: [id]\n      additionalProperties: false\n"), BASE,
            Rule.UNKNOWN_PROPERTIES_CHANGED, Level.ERR, "Event", false, "required: [id]", -1),
        new Case("a record starts keeping unknown properties", BASE, replace(BASE,
                "      required: [id]\n", "      required: [id]\n      additionalProperties: true\n"),
            Rule.UNKNOWN_PROPERTIES_CHANGED, Level.WARN, "Event", false, "required: [id]", -1),
        new Case("server moved", BASE, replace(BASE, "url: events.example.com", "url: events.example.org"),
            Rule.SERVER_CHANGED, Level.WARN, "servers.prod", false, "prod:"),
        new Case("a sent string gains an enum: the Java type changes, NEW consumers refuse other values", BASE,
            replace(BASE, "        name: {type: string}", "        name: {type: string, enum: [start, stop]}"),
            Rule.ENUM_ADDED, Level.ERR, "Command.name", false, "name: {type: string"),
        new Case("a received enum becomes any string", BASE,
            replace(BASE, "status: {type: string, enum: [waiting, done]}", "status: {type: string}"),
            Rule.ENUM_REMOVED, Level.ERR, "Event.status", false, "status:"),
        new Case("a required header added to a sent message that had none", BASE, replace(BASE,
                "      payload: {$ref: '#/components/schemas/Command'}\n",
                "      payload: {$ref: '#/components/schemas/Command'}\n      headers:\n        type: object\n"
                    + "        required: [trace]\n        properties: {trace: {type: string}}\n"),
            Rule.HEADERS_ADDED, Level.ERR, "Command.headers", false, "      headers:", 1),
        new Case("an optional header added to a received message that had none", BASE, replace(BASE,
                "      payload: {$ref: '#/components/schemas/Event'}\n",
                "      payload: {$ref: '#/components/schemas/Event'}\n      headers:\n        type: object\n"
                    + "        properties: {trace: {type: string}}\n"),
            Rule.HEADERS_ADDED, Level.INFO, "Event.headers", false, "      headers:", 1),
        new Case("a message's content type leaves JSON", BASE, replace(BASE,
                "      payload: {$ref: '#/components/schemas/Command'}\n",
                "      payload: {$ref: '#/components/schemas/Command'}\n      contentType: application/avro\n"),
            Rule.CONTENT_TYPE_CHANGED, Level.ERR, "Command.contentType", false, "    Command:", 1),
        new Case("a server's protocol version changes", SERVERS, replace(SERVERS, "protocolVersion: '13'",
                "protocolVersion: '14'"),
            Rule.SERVER_PROTOCOL_VERSION_CHANGED, Level.WARN, "servers.prod", false, "  prod:"),
        new Case("a server variable no longer allows a value", SERVERS, replace(SERVERS, "enum: [events, test]",
                "enum: [events]"),
            Rule.SERVER_VARIABLE_CHANGED, Level.WARN, "servers.prod {env}", false, "      env:"),
        new Case("a server variable's default changes", SERVERS, replace(SERVERS, "default: events", "default: test"),
            Rule.SERVER_VARIABLE_CHANGED, Level.WARN, "servers.prod {env}", false, "      env:"),
        new Case("a server starts asking for credentials", SERVERS, replace(SERVERS, "    protocolVersion: '13'\n",
                "    protocolVersion: '13'\n    security: [{apiKey: []}]\n"),
            Rule.SECURITY_CHANGED, Level.WARN, "servers.prod security", false, "  prod:"),
        new Case("the scopes an operation asks for change", SERVERS, replace(SERVERS, "security: [{oauth: [read]}]",
                "security: [{oauth: [read, write]}]"),
            Rule.SECURITY_CHANGED, Level.WARN, "commands publish security", false, "    publish:", 1),
        new Case("a channel's AMQP exchange changes", SERVERS, replace(SERVERS, "exchange: {name: cmd}",
                "exchange: {name: commands}"),
            Rule.BINDING_CHANGED, Level.WARN, "commands bindings.amqp", false, "  commands:"),
        new Case("an operation's MQTT QoS changes", SERVERS, replace(SERVERS, "mqtt: {qos: 1}", "mqtt: {qos: 2}"),
            Rule.BINDING_CHANGED, Level.WARN, "commands publish bindings.mqtt", false, "    publish:", 1),
        new Case("a message's Kafka key changes", SERVERS, replace(SERVERS, "key: {type: string}",
                "key: {type: integer}"),
            Rule.BINDING_CHANGED, Level.WARN, "Command bindings.kafka", false, "    Command:", 1),
        new Case("a sent string gets a maximum length", BASE,
            replace(BASE, "        name: {type: string}", "        name: {type: string, maxLength: 64}"),
            Rule.CONSTRAINT_TIGHTENED, Level.WARN, "Command.name", false, "name: {type: string"),
        new Case("a sent string gets a pattern", BASE,
            replace(BASE, "        name: {type: string}", "        name: {type: string, pattern: '^[a-z]+$'}"),
            Rule.CONSTRAINT_TIGHTENED, Level.WARN, "Command.name", false, "name: {type: string"),
        new Case("a sent number gets a minimum", BASE,
            replace(BASE, "amount: {type: number}", "amount: {type: number, minimum: 0}"),
            Rule.CONSTRAINT_TIGHTENED, Level.WARN, "Refund.amount", false, "amount:"),
        new Case("a sent list allows fewer items", LIST, replace(LIST, "maxItems: 10", "maxItems: 5"),
            Rule.CONSTRAINT_TIGHTENED, Level.WARN, "Command.tags", false, "tags:"),
        new Case("a received string gets a maximum length: NEW producers send less", BASE,
            replace(BASE, "id: {type: string}", "id: {type: string, maxLength: 64}"),
            Rule.CONSTRAINT_TIGHTENED, Level.INFO, "Event.id", false, "id: {type: string"),
        new Case("a received list allows more items", replace(LIST, "maxItems: 10", "maxItems: 5"), LIST,
            Rule.CONSTRAINT_LOOSENED, Level.INFO, "Command.tags", false, "tags:"),
        new Case("a default changes", BASE, replace(BASE, "count: {type: integer, format: int32}",
                "count: {type: integer, format: int32, default: 1}"),
            Rule.DEFAULT_CHANGED, Level.INFO, "Event.count", false, "count:"),
        new Case("a property becomes deprecated", BASE, replace(BASE, "description: A note.}",
                "description: A note., deprecated: true}"),
            Rule.DEPRECATED_CHANGED, Level.INFO, "Event.note", false, "note:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void oneFindingWithItsLevelSubjectAndPosition(Case change, @TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, change.before(), change.after());
    assertEquals(1, report.findings().size(), report.text());
    Finding finding = report.findings().get(0);
    assertEquals(change.rule(), finding.rule(), report.text());
    assertEquals(change.level(), finding.level(), report.text());
    assertEquals(change.subject(), finding.subject());
    String spec = change.inOld() ? change.before() : change.after();
    int line = DiffSpecs.lineOf(spec, change.marker()) + change.below();
    assertEquals((change.inOld() ? "old.yaml:" : "new.yaml:") + line,
        finding.position().file().displayPath() + ":" + finding.position().line(), report.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameChangeWithShiftedLinesKeepsItsFingerprint(Case change, @TempDir Path dir) throws Exception {
    String shift = "info: {title: t, version: '1'}\n";
    String padding = shift + "# a comment\n# another\n\n";
    DiffReport report = DiffSpecs.diff(Files.createDirectory(dir.resolve("a")), change.before(), change.after());
    DiffReport shifted = DiffSpecs.diff(Files.createDirectory(dir.resolve("b")),
        replace(change.before(), shift, padding), replace(change.after(), shift, padding));
    assertEquals(report.findings().get(0).fingerprint(), shifted.findings().get(0).fingerprint());
    assertEquals(report.findings().get(0).position().line() + 3, shifted.findings().get(0).position().line());
  }

  @Test
  void theReadmeTableHasARowForEveryRule() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String section = readme.substring(readme.indexOf("## What a new spec version breaks"));
    section = section.substring(0, section.indexOf("\n## "));
    for (Rule rule : Rule.values()) {
      assertTrue(section.contains("| `" + rule + "`") || section.contains(", `" + rule + "`"),
          rule + " has no row in README's rule table");
    }
  }

  @Test
  void aStringThatGainsAnEnumIsRefusedByNewConsumersOfWhatOldCodeSends(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE,
        replace(BASE, "        name: {type: string}", "        name: {type: string, enum: [start, stop]}"));
    Finding finding = report.findings().get(0);
    assertEquals("Command.name: values now limited to start, stop (reaches commands)", finding.message());
    assertEquals("writer (sent on commands): NEW consumers accept only start, stop; OLD senders may send any value",
        finding.wire());
    assertEquals("Command.name() changes type from String to Command.Name", finding.source());
  }

  @Test
  void aDefaultContentTypeChangeBetweenJsonTypesWarnsOnEveryMessageThatNamesNone(@TempDir Path dir) {
    String json = replace(BASE, "info: {title: t, version: '1'}\n",
        "info: {title: t, version: '1'}\ndefaultContentType: application/json\n");
    DiffReport report = DiffSpecs.diff(dir, json, replace(json, "application/json", "application/cloudevents+json"));
    assertEquals(List.of("CONTENT_TYPE_CHANGED WARN Command.contentType", "CONTENT_TYPE_CHANGED WARN Event.contentType",
            "CONTENT_TYPE_CHANGED WARN refunds publish.contentType"),
        report.findings().stream().map(f -> f.rule() + " " + f.level() + " " + f.subject()).sorted().toList());
    assertEquals(0, DiffSpecs.diff(dir, BASE, json).findings().size(), "none given is JSON");
    assertEquals(0, DiffSpecs.diff(dir, json, replace(json, "application/json", "Application/JSON; charset=utf-8"))
        .findings().size(), "parameters and case are no change");
  }

  @Test
  void inlineHeadersAreComparedAsTheRecordTheyGenerate(@TempDir Path dir) {
    String headers = replace(BASE, "      payload: {$ref: '#/components/schemas/Event'}\n",
        "      payload: {$ref: '#/components/schemas/Event'}\n"
            + "      headers: {type: object, properties: {trace: {type: string}}}\n");
    DiffReport report = DiffSpecs.diff(dir, headers, replace(headers, "{trace: {type: string}}",
        "{trace: {type: string}, span: {type: string}}"));
    assertEquals(1, report.findings().size(), report.text());
    Finding finding = report.findings().get(0);
    assertEquals("Event.headers.span", finding.subject());
    assertTrue(finding.source().startsWith("new accessor EventHeaders.span()"), finding.source());
  }

  @Test
  void aSchemaOnManyChannelsNamesTheFirstTwentyAndCountsTheRest(@TempDir Path dir) {
    String many = replace(BASE, "  commands:\n", java.util.stream.IntStream.range(0, 25)
        .mapToObj(i -> "  c" + (char) ('a' + i) + ":\n    subscribe:\n"
            + "      message: {$ref: '#/components/messages/Event'}\n")
        .collect(java.util.stream.Collectors.joining()) + "  commands:\n");
    DiffReport report = DiffSpecs.diff(dir, many, replace(many, "        id: {type: string}\n",
        "        id: {type: string}\n        extra: {type: string}\n"));
    assertTrue(report.findings().get(0).message().endsWith("(reaches ca, cb, cc, cd, ce, cf, cg, ch, ci, cj, ck,"
        + " cl, cm, cn, co, cp, cq, cr, cs, ct and 6 more)"), report.text());
  }

  @Test
  void anAccessorRenamedByNamingAloneIsItsOwnFinding(@TempDir Path dir) {
    String mode = "        mode: {type: string, enum: [fast, slow]}\n";
    String before = replace(BASE, mode, mode + "        $tag: {type: string}\n");
    DiffReport report = DiffSpecs.diff(dir, before, replace(before, "        $tag: {type: string}\n",
        "        $tag: {type: string}\n        tag: {type: integer}\n"));
    assertEquals("[JAVA_NAME_CHANGED ERR Command.$tag, PROPERTY_ADDED ERR Command.tag]",
        report.findings().stream().map(f -> f.rule() + " " + f.level() + " " + f.subject()).toList().toString());
    assertEquals("accessor Command.tag() is now Command.tag2()", report.findings().get(0).source());
  }

  @Test
  void enumsAreComparedAsSets(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, "enum: [waiting, done]", "enum: [done, waiting]"));
    assertEquals(0, report.findings().size(), report.text());
  }

  @Test
  void anEnumValueAddedOnAReceivedMessageBreaksClosedEnums(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE,
        replace(BASE, "enum: [waiting, done]", "enum: [waiting, done, scheduled]"), false, true);
    Finding finding = report.findings().get(0);
    assertEquals(Level.ERR, finding.level());
    assertTrue(finding.wire().startsWith("reader (received on events.{id}): OLD consumers fail to decode it"),
        finding.wire());
    assertTrue(finding.source().startsWith("new constant Event.Status.SCHEDULED"), finding.source());
  }

  @Test
  void anEnumValueAddedOnASentMessageIsSafeOnTheWireEvenWhenClosed(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE,
        replace(BASE, "enum: [fast, slow]", "enum: [fast, slow, lazy]"), false, true);
    Finding finding = report.findings().get(0);
    assertEquals(Level.WARN, finding.level(), "only the switch over Command.Mode can break");
    assertEquals("writer (sent on commands): NEW consumers accept every OLD value", finding.wire());
  }

  @Test
  void optionalIsSafeWhenRequiredIsNotEnforced(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, "required: [id]", "required: []"), true, false);
    assertEquals(Level.INFO, report.findings().get(0).level(), report.text());
  }

  @Test
  void aSharedSchemaChangeIsOneFindingListingEveryChannelItReaches(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, "        trace: {type: string}",
        "        trace: {type: string}\n        span: {type: string}"));
    assertEquals(1, report.findings().size(), report.text());
    Finding finding = report.findings().get(0);
    assertEquals("Meta.span", finding.subject());
    assertTrue(finding.message().endsWith("(reaches commands, events.{id})"), finding.message());
    assertEquals(Level.ERR, finding.level(), "code that sends a Command must construct a Meta");
  }

  @Test
  void aPayloadNamingAnotherSchemaChangesTheMessageAndTheChannelType(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE, "payload: {$ref: '#/components/schemas/Command'}",
        "payload: {$ref: '#/components/schemas/Event'}"));
    assertEquals("[CHANNEL_PAYLOAD_TYPE_CHANGED ERR commands, MESSAGE_PAYLOAD_CHANGED ERR Command.payload]",
        report.findings().stream().map(f -> f.rule() + " " + f.level() + " " + f.subject()).toList().toString());
  }

  @Test
  void aMessageAddedToAReceivedOperation(@TempDir Path dir) {
    DiffReport report = DiffSpecs.diff(dir, BASE, replace(BASE,
        "    subscribe:\n      message: {$ref: '#/components/messages/Event'}",
        "    subscribe:\n      message:\n        oneOf:\n        - $ref: '#/components/messages/Event'\n"
            + "        - $ref: '#/components/messages/Command'"));
    assertEquals("[CHANNEL_PAYLOAD_TYPE_CHANGED ERR events.{id}, MESSAGE_ADDED WARN events.{id} subscribe Command]",
        report.findings().stream().map(f -> f.rule() + " " + f.level() + " " + f.subject()).toList().toString());
  }
}
