package dev.asyncgen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AsyncAPI 3.x examples are checked against a payload given as a Multi Format Schema Object when its
 * format is JSON Schema, directly or through a {@code $ref}; warnings name an unnamed message by its id.
 */
class MultiFormatExamplesTest {
  @TempDir
  Path dir;

  @Test
  void anExampleIsCheckedAgainstTheSchemaOfAJsonSchemaMultiFormatPayload() {
    Path spec = Specs.write(dir.resolve("spec.yaml"), SpecShape.V3.oneMessage("""
                payload:
                  schemaFormat: application/vnd.aai.asyncapi+json;version=3.0.0
                  schema:
                    type: object
                    properties:
                      id: {type: string}
                examples:
                  - payload: {id: 6}
        """));

    assertThat(Specs.read(spec).warnings()).extracting(Diagnostic::toString).containsExactly("spec.yaml:16:27:"
        + " warning: example '#1' of message 'm' does not match its payload schema at /id: integer found, string"
        + " expected");
  }

  @Test
  void anExampleIsCheckedThroughAReferenceToAMultiFormatComponentSchema() {
    Path spec = Specs.write(dir.resolve("spec.yaml"), SpecShape.V3.oneMessage("""
                name: Sent
                payload: {$ref: '#/components/schemas/Id'}
                examples:
                  - payload: {id: 6}
        """) + """
        components:
          schemas:
            Id:
              schemaFormat: application/schema+json;version=draft-07
              schema:
                type: object
                properties:
                  id: {type: string}
        """);

    assertThat(Specs.read(spec).warnings()).extracting(Diagnostic::toString).containsExactly("spec.yaml:12:27:"
        + " warning: example '#1' of message 'Sent' does not match its payload schema at /id: integer found, string"
        + " expected");
  }

  @Test
  void anExampleOfAnotherFormatIsNotChecked() {
    Path spec = Specs.write(dir.resolve("spec.yaml"), SpecShape.V3.oneMessage("""
                payload:
                  schemaFormat: application/vnd.apache.avro;version=1.9.0
                  schema: {type: record, name: A, fields: []}
                examples:
                  - payload: {id: 6}
        """));

    assertThat(Specs.read(spec).warnings()).extracting(Diagnostic::toString).containsExactly("spec.yaml:10:11:"
        + " warning: schemaFormat 'application/vnd.apache.avro;version=1.9.0' is not supported: the schema is typed"
        + " as Object");
  }
}
