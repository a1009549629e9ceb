package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fields and references that later 2.x versions introduced are errors in older documents. */
class VersionedFieldsStructureTest {
  @Test
  void channelServersCameWith220() {
    String channels = """
        channels:
          user/signedup:
            servers: [prod]
        servers:
          prod: {url: broker.example, protocol: kafka}
        """;
    assertThat(diagnostics(doc("2.0.0", channels))).containsExactly(
        "spec.yaml:7:5: error: 'servers' in a channel requires AsyncAPI 2.2.0 or later; this document is 2.0.0");
    assertThat(diagnostics(doc("2.1.0", channels))).hasSize(1);
    assertThat(diagnostics(doc("2.2.0", channels))).isEmpty();
  }

  @Test
  void serverTagsCameWith250() {
    String servers = """
        servers:
          prod:
            url: example.com
            protocol: amqp
            tags: [{name: env:prod}]
        channels: {}
        """;
    assertThat(diagnostics(doc("2.4.0", servers))).containsExactly(
        "spec.yaml:9:5: error: 'tags' in a server requires AsyncAPI 2.5.0 or later; this document is 2.4.0");
    assertThat(diagnostics(doc("2.5.0", servers))).isEmpty();
  }

  @Test
  void componentServersAndChannelsCameWith230() {
    String components = """
        channels: {}
        components:
          servers:
            s: {url: example.com, protocol: ws}
          channels:
            user/{id}: {description: reusable}
        """;
    assertThat(diagnostics(doc("2.2.0", components))).containsExactly(
        "spec.yaml:7:3: error: 'servers' in components requires AsyncAPI 2.3.0 or later; this document is 2.2.0",
        "spec.yaml:9:3: error: 'channels' in components requires AsyncAPI 2.3.0 or later; this document is 2.2.0");
    assertThat(diagnostics(doc("2.3.0", components))).isEmpty();
  }

  @Test
  void componentServerVariablesCameWith240NotWith230() {
    String components = """
        channels: {}
        components:
          serverVariables:
            port: {default: '5000'}
        """;
    assertThat(diagnostics(doc("2.3.0", components))).containsExactly(
        "spec.yaml:7:3: error: 'serverVariables' in components requires AsyncAPI 2.4.0 or later; this document is 2.3.0");
    assertThat(diagnostics(doc("2.4.0", components))).isEmpty();
  }

  @Test
  void messageIdCameWith240() {
    String components = """
        channels: {}
        components:
          messages:
            m: {messageId: m1}
          messageTraits:
            t: {messageId: t1}
        """;
    assertThat(diagnostics(doc("2.3.0", components))).containsExactly(
        "spec.yaml:8:9: error: 'messageId' in a message requires AsyncAPI 2.4.0 or later; this document is 2.3.0",
        "spec.yaml:10:9: error: 'messageId' in a message trait requires AsyncAPI 2.4.0 or later; this document is"
            + " 2.3.0");
    assertThat(diagnostics(doc("2.4.0", components))).isEmpty();
  }

  @Test
  void operationSecurityCameWith240ServerSecurityWas200() {
    String doc = """
        servers:
          prod: {url: example.com, protocol: kafka, security: [{sasl: []}]}
        channels:
          a:
            subscribe:
              security: [{oauth: [read]}]
        components:
          operationTraits:
            t: {security: []}
          securitySchemes:
            sasl: {type: plain}
            oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://a.example/token', scopes: {read: r}}}}
        """;
    assertThat(diagnostics(doc("2.3.0", doc))).containsExactly(
        "spec.yaml:10:7: error: 'security' in an operation requires AsyncAPI 2.4.0 or later; this document is 2.3.0",
        "spec.yaml:13:9: error: 'security' in an operation trait requires AsyncAPI 2.4.0 or later; this document is"
            + " 2.3.0");
    assertThat(diagnostics(doc("2.4.0", doc))).isEmpty();
  }

  @Test
  void serverReferencesCameWith230() {
    String servers = """
        servers:
          prod: {$ref: '#/components/servers/prod'}
        channels: {}
        """;
    assertThat(diagnostics(doc("2.2.0", servers))).containsExactly(
        "spec.yaml:6:10: error: '$ref' in place of a server requires AsyncAPI 2.3.0 or later; this document is 2.2.0");
    assertThat(diagnostics(doc("2.3.0", servers))).isEmpty();
  }

  @Test
  void serverVariableReferencesCameWith250() {
    String servers = """
        servers:
          prod:
            url: '{stage}.example.com'
            protocol: ws
            variables:
              stage: {$ref: '#/components/serverVariables/stage'}
        channels: {}
        """;
    assertThat(diagnostics(doc("2.4.0", servers))).containsExactly(
        "spec.yaml:10:15: error: '$ref' in place of a server variable requires AsyncAPI 2.5.0 or later; this document"
            + " is 2.4.0");
    assertThat(diagnostics(doc("2.5.0", servers))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0.0", "2.1.0", "2.2.0", "2.3.0", "2.4.0", "2.5.0", "2.6.0", "2.6.1"})
  void fieldsOf200AreValidInEvery2x(String version) {
    assertThat(diagnostics(doc(version, """
        id: urn:example:app
        defaultContentType: application/json
        servers:
          prod:
            url: '{host}:9092'
            protocol: kafka
            protocolVersion: '1.0.0'
            description: Production
            variables:
              host: {default: example.com, enum: [example.com], description: host, examples: [example.com]}
            security: [{creds: []}]
            bindings: {kafka: {}}
        channels:
          user/{id}:
            $ref: 'channels.yaml#/user'
          other:
            description: other
            parameters:
              id: {description: id, schema: {type: string}, location: $message.payload#/id}
            bindings: {amqp: {is: queue}}
            publish:
              operationId: send
              summary: s
              description: d
              tags: [{name: t, description: d, externalDocs: {url: https://example.com}}]
              externalDocs: {url: https://example.com, description: d}
              bindings: {amqp: {ack: false}}
              traits: [{$ref: '#/components/operationTraits/t'}]
              message:
                headers: {type: object}
                payload: {type: string}
                correlationId: {location: $message.header#/id, description: d}
                schemaFormat: application/vnd.aai.asyncapi;version=2.0.0
                contentType: application/json
                name: m
                title: M
                summary: s
                description: d
                tags: [{name: t}]
                externalDocs: {url: https://example.com}
                bindings: {kafka: {key: {type: string}}}
                examples: [{payload: hello}]
                traits: [{$ref: '#/components/messageTraits/t'}]
        components:
          schemas: {S: {type: object}}
          messages: {M: {payload: true}}
          securitySchemes: {creds: {type: userPassword}}
          parameters: {p: {schema: {type: integer}}}
          correlationIds: {c: {location: $message.header#/id}}
          operationTraits: {t: {bindings: {}}}
          messageTraits: {t: {contentType: text/plain}}
          serverBindings: {b: {}}
          channelBindings: {b: {}}
          operationBindings: {b: {}}
          messageBindings: {b: {}}
        tags: [{name: t}]
        externalDocs: {url: https://example.com}
        """))).isEmpty();
  }
}
