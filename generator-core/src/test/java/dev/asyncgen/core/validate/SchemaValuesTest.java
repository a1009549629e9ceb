package dev.asyncgen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema's own {@code default} and each of its {@code examples} are checked against that schema,
 * wherever the schema sits, as message examples are checked against their payload.
 */
class SchemaValuesTest {
  @TempDir
  Path dir;

  private List<String> warnings(String text) {
    return Specs.read(Specs.write(dir.resolve("spec.yaml"), text)).warnings().stream()
        .map(Diagnostic::toString).toList();
  }

  @EachVersion
  void nestedPropertyAndItemsValuesAreCheckedWhereTheyStand(SpecShape shape) {
    assertThat(warnings(shape.oneMessage("""
                name: Sent
                payload:
                  type: object
                  properties:
                    email: {type: string, examples: [a@b.c, 42]}
                    tags:
                      type: array
                      items: {type: string, default: 7}
                  default: {email: [x]}
        """))).containsExactly(
        "spec.yaml:13:53: warning: example 2 of property 'email' of payload of message 'Sent' does not match it:"
            + " integer found, string expected",
        "spec.yaml:16:46: warning: default of items of property 'tags' of payload of message 'Sent' does not match it:"
            + " integer found, string expected",
        "spec.yaml:17:28: warning: default of payload of message 'Sent' does not match it at /email: array found,"
            + " string expected");
  }

  @EachVersion
  void referencedComponentSchemaIsNamedAsOneAndWarnedOnce(SpecShape shape) {
    assertThat(warnings(shape.oneMessage("""
                payload:
                  type: object
                  properties:
                    status: {$ref: '#/components/schemas/Status'}
        """) + """
        components:
          schemas:
            Status: {type: string, default: 3}
        """)).containsExactly("spec.yaml:" + (shape == SpecShape.V2 ? 15 : 21) + ":37: warning: default of schema"
        + " 'Status' does not match it: integer found, string expected");
  }

  @EachVersion
  void valuesThatFitGiveNoWarning(SpecShape shape) {
    assertThat(warnings(shape.oneMessage("""
                payload:
                  type: object
                  properties:
                    status: {type: string, enum: [on, off], default: 'on', examples: ['off']}
                    count: {type: integer, minimum: 0, default: 0}
                    ref: {$ref: '#/components/schemas/Id'}
                  default: {status: 'on', ref: 'x'}
        """) + """
        components:
          schemas:
            Id: {type: string, examples: [abc]}
        """)).isEmpty();
  }

  @EachVersion
  void schemaReachingItselfWithoutAStepGivesAWarningInsteadOfAStackOverflow(SpecShape shape) {
    assertThat(warnings(shape.empty() + """
        components:
          schemas:
            A:
              default: 1
              oneOf:
                - $ref: '#/components/schemas/A'
                - type: string
        """)).containsExactly("spec.yaml:9:16: warning: default of schema 'A' was not checked against it, which the"
        + " JSON Schema validator cannot handle: it reaches itself through $ref, allOf, anyOf, oneOf or not, without a"
        + " property or an item between");
  }

  @Test
  void parameterSchemasOfChannelsAndComponentsAreChecked() {
    assertThat(warnings(Specs.HEADER + """
        channels:
          rooms/{room}/{floor}:
            parameters:
              room:
                schema: {type: string, enum: [hall, kitchen], default: attic}
              floor:
                $ref: '#/components/parameters/Floor'
            subscribe:
              message:
                payload: {type: string}
        components:
          parameters:
            Floor:
              schema: {type: integer, examples: [1, ground]}
        """)).containsExactly(
        "spec.yaml:9:64: warning: default of schema of parameter 'room' of channel 'rooms/{room}/{floor}' does not"
            + " match it: does not have a value in the enumeration [\"hall\", \"kitchen\"]",
        "spec.yaml:18:45: warning: example 2 of schema of parameter 'Floor' does not match it: string found, integer"
            + " expected");
  }

  @Test
  void multiFormatComponentSchemaIsCheckedThroughItsJsonSchemaAndOtherFormatsAreNot() {
    assertThat(warnings(SpecShape.V3.empty() + """
        components:
          schemas:
            Json:
              schemaFormat: application/schema+json;version=draft-07
              schema: {type: string, default: 1}
            Avro:
              schemaFormat: application/vnd.apache.avro;version=1.9.0
              schema: {type: record, name: A, fields: [{name: a, type: string, default: 1}]}
        """)).containsExactly(
        "spec.yaml:10:39: warning: default of schema 'Json' does not match it: integer found, string expected",
        "spec.yaml:12:7: warning: schemaFormat 'application/vnd.apache.avro;version=1.9.0' is not supported: the schema"
            + " is typed as Object");
  }

  @Test
  void schemaInAnotherFileIsCheckedThereAndNamedByItsReference() {
    Specs.write(dir.resolve("common.yaml"), """
        Account:
          type: object
          properties:
            email: {type: string, default: [a]}
        """);

    assertThat(warnings(SpecShape.V2.oneMessage("""
                name: Sent
                payload: {$ref: 'common.yaml#/Account'}
        """))).containsExactly("common.yaml:4:36: warning: default of property 'email' of schema"
        + " 'common.yaml#/Account' does not match it: array found, string expected");
  }

  @Test
  void messageTraitHeadersAreChecked() {
    assertThat(warnings(SpecShape.V2.empty() + """
        components:
          messageTraits:
            Traced:
              headers:
                type: object
                properties:
                  trace: {type: string, examples: [7]}
        """)).containsExactly("spec.yaml:12:44: warning: example 1 of property 'trace' of headers of message trait"
        + " 'Traced' does not match it: integer found, string expected");
  }

  /** The schema's place becomes a URI fragment; property names must not change what it points at. */
  @Test
  void propertyNamesWithUriCharactersStillLocateTheirSchema() {
    assertThat(warnings(SpecShape.V2.empty() + """
        components:
          schemas:
            A:
              type: object
              properties:
                'x%zz/é? #+': {type: string, default: 1}
        """)).containsExactly("spec.yaml:11:47: warning: default of property 'x%zz/é? #+' of schema 'A' does not"
        + " match it: integer found, string expected");
  }

  /** The 2.x document's own {@code id} is no schema keyword: the validator refused every schema of such a document. */
  @Test
  void documentIdDoesNotStopTheChecks() {
    assertThat(warnings(Specs.HEADER + """
        id: 'urn:example:rpcclient'
        channels:
          c:
            subscribe:
              message:
                name: Sent
                payload:
                  type: object
                  properties:
                    result: {type: number, examples: [seven]}
                examples:
                  - payload: {result: eight}
        """)).containsExactly(
        "spec.yaml:14:47: warning: example 1 of property 'result' of payload of message 'Sent' does not match it:"
            + " string found, number expected",
        "spec.yaml:16:31: warning: example '#1' of message 'Sent' does not match its payload schema at /result:"
            + " string found, number expected");
  }
}
