package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The AsyncAPI 3.0 and 3.1 structure rules, one family of mistakes per test. */
class StructureValidatorV3Test {
  private static final String CHANNEL = """
      channels:
        c:
          address: a
          messages:
            m:
              payload:
                type: string
      """;
  private static final String OPERATION = """
      operations:
        o:
          action: send
          channel:
            $ref: '#/channels/c'
      """;

  private static List<String> v3(String rest) {
    return diagnostics(doc("3.0.0", rest));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3.0.0", "3.1.0", "3.1.7"})
  void aMinimalDocumentIsValid(String version) {
    assertThat(diagnostics(doc(version, CHANNEL + OPERATION))).isEmpty();
  }

  @Test
  void channelsAreOptionalAndAddressMayBeNullOrAbsent() {
    assertThat(v3("channels:\n  a:\n    address: null\n  b: {}\n")).isEmpty();
    assertThat(v3("")).isEmpty();
  }

  @Test
  void twoXFieldsAreUnknownIn3x() {
    assertThat(v3("channels:\n  c:\n    publish: {}\nservers:\n  s:\n    url: x\n    host: h\n    protocol: amqp\n"
        + "tags: []\n"))
        .containsExactly(
            "spec.yaml:7:5: error: unknown field 'publish' in channel 'c' (allowed: address, messages, title, summary,"
                + " description, servers, parameters, tags, externalDocs, bindings; extensions start with x-)",
            "spec.yaml:10:5: error: unknown field 'url' in server 's' (allowed: host, protocol, protocolVersion,"
                + " pathname, description, title, summary, variables, security, tags, externalDocs, bindings;"
                + " extensions start with x-)",
            "spec.yaml:13:1: error: unknown field 'tags' in the AsyncAPI document (allowed: asyncapi, id, info,"
                + " servers, defaultContentType, channels, operations, components; extensions start with x-)");
  }

  @Test
  void requiredFieldsAreReported() {
    assertThat(v3("servers:\n  s:\n    pathname: /\noperations:\n  o: {}\ncomponents:\n  replyAddresses:\n"
        + "    r:\n      description: d\n"))
        .containsExactly(
            "spec.yaml:7:5: error: server 's' is missing 'host'",
            "spec.yaml:7:5: error: server 's' is missing 'protocol'",
            "spec.yaml:9:6: error: operation 'o' is missing 'action'",
            "spec.yaml:9:6: error: operation 'o' is missing 'channel'",
            "spec.yaml:13:7: error: component reply address 'r' is missing 'location'");
  }

  @Test
  void operationsNeedSendOrReceiveAndReferencesWhereTheTextSaysReferenceObject() {
    assertThat(v3(CHANNEL + """
        operations:
          o:
            action: publish
            channel: '#/channels/c'
            messages:
              - payload: {}
            reply:
              channel: {}
        """))
        .containsExactly(
            "spec.yaml:14:13: error: 'action' in operation 'o' must be send or receive, found 'publish'",
            "spec.yaml:15:14: error: 'channel' in operation 'o' must be a Reference Object ({$ref: ...}), found a"
                + " string",
            "spec.yaml:17:9: error: message #1 of operation 'o' must be a Reference Object ({$ref: ...}), found"
                + " an object",
            "spec.yaml:19:16: error: 'channel' in reply of operation 'o' must be a Reference Object ({$ref: ...}),"
                + " found an object");
  }

  @Test
  void fieldTypesAreChecked() {
    assertThat(v3("channels:\n  c:\n    address: 42\n    parameters:\n      p:\n        enum: a\n"
        + "        schema: {type: string}\n"))
        .containsExactly(
            "spec.yaml:7:14: error: 'address' in channel 'c' must be a string or null, found an integer",
            "spec.yaml:10:15: error: 'enum' in parameter 'p' of channel 'c' must be a list, found a string",
            "spec.yaml:11:9: error: unknown field 'schema' in parameter 'p' of channel 'c' (allowed: enum, default,"
                + " description, examples, location; extensions start with x-)");
  }

  @Test
  void multiFormatSchemasNeedBothFieldsAndJsonSchemaFormatsAreShapeChecked() {
    assertThat(v3("""
        components:
          messages:
            a:
              payload:
                schemaFormat: application/vnd.aai.asyncapi+json;version=3.0.0
            b:
              payload:
                schemaFormat: application/schema+json;version=draft-07
                schema:
                  type: text
            c:
              payload:
                schemaFormat: application/vnd.apache.avro;version=1.9.0
                schema: {type: record}
            d:
              headers:
                type: string
            e:
              headers:
                schemaFormat: application/schema+yaml;version=draft-07
                schema: {type: array}
        """))
        .containsExactly(
            "spec.yaml:9:9: error: payload of component message 'a' is missing 'schema'",
            "spec.yaml:14:17: error: 'type' in 'schema' in payload of component message 'b' must be one of the JSON"
                + " types (array, boolean, integer, null, number, object, string), found 'text'",
            "spec.yaml:21:15: error: headers of component message 'd' must be a schema of type 'object', found type"
                + " 'string'",
            "spec.yaml:25:24: error: headers of component message 'e' must be a schema of type 'object', found type"
                + " 'array'");
  }

  @Test
  void securityIsAListOfSchemesOrReferencesAndSchemesTakeTheir3xFields() {
    assertThat(v3("""
        servers:
          s:
            host: h
            protocol: amqp
            security:
              - oauth: [write]
        components:
          securitySchemes:
            key:
              type: httpApiKey
              name: k
              in: header
              scopes: [a]
            oauth:
              type: oauth2
              flows:
                implicit:
                  authorizationUrl: https://a
                  scopes: {}
        """))
        .containsExactly(
            "spec.yaml:10:9: error: security scheme #1 of server 's' is missing 'type'",
            "spec.yaml:10:9: error: unknown field 'oauth' in security scheme #1 of server 's' (allowed: type,"
                + " description, name, in, scheme, bearerFormat, flows, openIdConnectUrl, scopes; extensions start"
                + " with x-)",
            "spec.yaml:17:7: error: 'scopes' does not apply to component security scheme 'key' of type 'httpApiKey'"
                + " (it applies to oauth2 and openIdConnect)",
            "spec.yaml:22:11: error: implicit flow of OAuth flows of component security scheme 'oauth' is missing"
                + " 'availableScopes'",
            "spec.yaml:23:11: error: unknown field 'scopes' in implicit flow of OAuth flows of component security"
                + " scheme 'oauth' (allowed: authorizationUrl, refreshUrl, availableScopes; extensions start with"
                + " x-)");
  }

  @Test
  void addressParametersMustBeDeclaredAndDeclaredOnesUsed() {
    assertThat(v3("channels:\n  c:\n    address: 'user/{id}/{kind}'\n    parameters:\n      id: {}\n      other: {}\n"
        + "  d:\n    address: null\n    parameters:\n      id: {}\n"))
        .containsExactly(
            "spec.yaml:7:14: error: the address of channel 'c' uses {kind}, which its 'parameters' do not declare",
            "spec.yaml:10:7: warning: channel 'c' declares parameter 'other' but its address has no {other}",
            "spec.yaml:14:7: warning: channel 'd' declares parameter 'id' but its address has no {id}");
  }

  @Test
  void componentKeysOutsideThePatternAreWarnings() {
    assertThat(v3("components:\n  replies:\n    'a reply': {}\n  schemas:\n    ok: {}\n"))
        .containsExactly("spec.yaml:7:5: warning: component reply name 'a reply' does not match"
            + " ^[a-zA-Z0-9\\.\\-_]+$, as the AsyncAPI 3.x text requires (its JSON Schema and parser accept the name)");
  }

  @Test
  void serverVariablesInHostAndPathnameMustBeDeclared() {
    assertThat(v3("servers:\n  s:\n    host: '{region}.example.com'\n    pathname: /{stage}\n    protocol: ws\n"))
        .containsExactly(
            "spec.yaml:7:11: error: the host of server 's' uses {region}, but its 'variables' do not define"
                + " 'region'",
            "spec.yaml:8:15: error: the pathname of server 's' uses {stage}, but its 'variables' do not define"
                + " 'stage'");
  }

  @Test
  void extensionsAreAllowedWhereTheTextSaysSo() {
    assertThat(v3("x-a: 1\ninfo2: 1\noperations:\n  o:\n    action: send\n    channel: {$ref: '#/c'}\n"
        + "    x-b: 2\n    reply: {x-c: 3}\n"))
        .containsExactly("spec.yaml:6:1: error: unknown field 'info2' in the AsyncAPI document (allowed: asyncapi,"
            + " id, info, servers, defaultContentType, channels, operations, components; extensions start with x-)");
  }

  @Test
  void allErrorsAreReportedAtOnceInPositionOrder() {
    List<String> found = v3("operations:\n  o: {action: x, channel: 1}\nchannels:\n  c: {address: []}\n");
    assertThat(found).hasSize(3).isSortedAccordingTo(String::compareTo);
  }
}
