package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages: payload, headers, oneOf on operations, examples, traits. */
class MessageStructureTest {
  @Test
  void noMessageFieldIsRequiredNotEvenPayload() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          a:
            publish:
              message: {}
        components:
          messages:
            empty: {}
        """))).isEmpty();
  }

  @Test
  void payloadIsASchemaWhenNoFormatOrAJsonSchemaFormatIsNamed() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          messages:
            plain:
              payload: [not, a, schema]
            asyncapi:
              schemaFormat: application/vnd.aai.asyncapi+yaml;version=2.6.0
              payload: {type: text}
            jsonSchema:
              schemaFormat: application/schema+json;version=draft-07
              payload: "string"
        """))).containsExactly(
        "spec.yaml:9:16: error: payload of component message 'plain' must be a schema (an object or a boolean),"
            + " found a list",
        "spec.yaml:12:23: error: 'type' in payload of component message 'asyncapi' must be one of the JSON types"
            + " (array, boolean, integer, null, number, object, string), found 'text'",
        "spec.yaml:15:16: error: payload of component message 'jsonSchema' must be a schema (an object or a boolean),"
            + " found a string");
  }

  @Test
  void payloadOfOtherFormatsIsLeftToTheirParsers() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          messages:
            avro:
              schemaFormat: application/vnd.apache.avro;version=1.9.0
              payload: {type: record, name: User, fields: [{name: id, type: long}]}
            raml:
              schemaFormat: application/raml+yaml;version=1.0
              payload: "string"
            traited:
              traits: [{$ref: '#/components/messageTraits/avro'}]
              payload: {type: record}
          messageTraits:
            avro: {schemaFormat: application/vnd.apache.avro;version=1.9.0}
        """))).isEmpty();
  }

  @Test
  void payloadReferenceMustBeAStringWhateverTheFormat() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          messages:
            traited:
              traits: [{$ref: '#/components/messageTraits/t'}]
              payload: {$ref: 1}
            avro:
              schemaFormat: application/vnd.apache.avro;version=1.9.0
              payload: {$ref: 'user.avsc'}
        """))).containsExactly(
        "spec.yaml:10:23: error: '$ref' in payload of component message 'traited' must be a string, found an integer"
            + " (quote it to keep it text)");
  }

  @Test
  void headersMustBeAnObjectSchema() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          messages:
            m:
              headers: {type: string}
            r:
              headers: {$ref: '#/components/schemas/Headers'}
            b:
              headers: true
          messageTraits:
            t:
              headers: [a]
        """))).containsExactly(
        "spec.yaml:9:23: error: headers of component message 'm' must be a schema of type 'object', found type"
            + " 'string'",
        "spec.yaml:16:16: error: headers of component message trait 't' must be a schema (an object or a boolean),"
            + " found a list");
  }

  @Test
  void operationMessageMayBeOneOfMessagesAndReferences() {
    assertThat(diagnostics(doc("2.0.0", """
        channels:
          a:
            subscribe:
              message:
                oneOf:
                  - $ref: '#/components/messages/a'
                  - payload: {type: object}
                  - name: [b]
        """))).containsExactly(
        "spec.yaml:12:19: error: 'name' in message #3 of subscribe operation of channel 'a' must be a string, found a"
            + " list");
  }

  @Test
  void oneOfStandsAlone() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          a:
            subscribe:
              message:
                name: both
                oneOf: {payload: {}}
        """))).containsExactly(
        "spec.yaml:9:9: error: 'name' cannot stand next to 'oneOf' in message of subscribe operation of channel 'a':"
            + " a message with 'oneOf' holds only the list of messages",
        "spec.yaml:10:16: error: 'oneOf' in message of subscribe operation of channel 'a' must be a list, found an"
            + " object");
  }

  @Test
  void oneOfIsNoFieldOfAComponentMessage() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          messages:
            m:
              oneOf: [{payload: {}}]
        """))).singleElement().asString()
        .startsWith("spec.yaml:9:7: error: unknown field 'oneOf' in component message 'm' (allowed: messageId,");
  }

  @Test
  void examplesOf200AreAnyObjects() {
    assertThat(diagnostics(doc("2.0.0", """
        channels: {}
        components:
          messages:
            m:
              examples:
                - {user: {id: 1}}
                - [not an object]
        """))).containsExactly(
        "spec.yaml:11:11: error: example #2 of component message 'm' must be an object, found a list");
  }

  @Test
  void examplesSince210HoldHeadersAndOrPayloadNameAndSummary() {
    assertThat(diagnostics(doc("2.1.0", """
        channels: {}
        components:
          messages:
            m:
              examples:
                - {name: ok, summary: s, headers: {a: 1}, payload: [any]}
                - {name: nothing}
                - {payload: 1, user: 2, x-note: 3}
                - {headers: [a]}
        """))).containsExactly(
        "spec.yaml:11:11: error: example #2 of component message 'm' needs 'headers' or 'payload' (or both)",
        "spec.yaml:12:24: error: unknown field 'user' in example #3 of component message 'm' (allowed: headers,"
            + " payload, name, summary)",
        "spec.yaml:12:33: error: unknown field 'x-note' in example #3 of component message 'm' (allowed: headers,"
            + " payload, name, summary)",
        "spec.yaml:13:21: error: 'headers' in example #4 of component message 'm' must be an object, found a list");
  }

  @Test
  void messageExampleObjectsTakeExtensionsSince220() {
    assertThat(diagnostics(doc("2.2.0", """
        channels: {}
        components:
          messageTraits:
            t:
              examples: [{payload: 1, x-note: 3}]
        """))).isEmpty();
  }

  @Test
  void traitsAreListsOfTraitsOrReferences() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          a:
            publish:
              traits:
                $ref: '#/components/operationTraits/t'
              message:
                traits:
                  - {$ref: '#/components/messageTraits/t'}
                  - {contentType: application/json, payload: {}}
        """))).containsExactly(
        "spec.yaml:9:9: error: 'traits' in publish operation of channel 'a' must be a list, found an object",
        "spec.yaml:13:45: error: unknown field 'payload' in trait #2 of message of publish operation of channel 'a'"
            + " (allowed: messageId, headers, correlationId, schemaFormat, contentType, name, title, summary,"
            + " description, tags, externalDocs, bindings, examples; extensions start with x-)");
  }

  @Test
  void correlationIdNeedsALocation() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          messages:
            m:
              correlationId: {description: no location}
            r:
              correlationId: {$ref: '#/components/correlationIds/c'}
        """))).containsExactly(
        "spec.yaml:9:22: error: correlation ID of component message 'm' is missing 'location'");
  }
}
