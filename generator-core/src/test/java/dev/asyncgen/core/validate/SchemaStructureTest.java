package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Schema Objects: objects or booleans with JSON types, nested ones included; nothing deeper. */
class SchemaStructureTest {
  @Test
  void schemasMayBeBooleansObjectsOrReferences() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          schemas:
            anything: true
            nothing: false
            empty: {}
            ref: {$ref: 'other.yaml#/User'}
            nullable: {type: [string, 'null']}
            unknownKeywordsAreNotOurs: {type: object, x-whatever: 1, discriminator: kind, format: custom}
        """))).isEmpty();
  }

  @Test
  void aSchemaIsNoString() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          schemas:
            User: object
        """))).containsExactly(
        "spec.yaml:8:11: error: component schema 'User' must be a schema (an object or a boolean), found a string");
  }

  @Test
  void typeMustNameJsonTypes() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          schemas:
            a: {type: int}
            b: {type: [string, date]}
            c: {type: []}
            d: {type: 7}
        """))).containsExactly(
        "spec.yaml:8:15: error: 'type' in component schema 'a' must be one of the JSON types (array, boolean,"
            + " integer, null, number, object, string), found 'int'",
        "spec.yaml:9:24: error: 'type' in component schema 'b' must be one of the JSON types (array, boolean,"
            + " integer, null, number, object, string), found 'date'",
        "spec.yaml:10:15: error: 'type' in component schema 'c' must be one of the JSON types (array, boolean,"
            + " integer, null, number, object, string) or a list of them, found a list",
        "spec.yaml:11:15: error: 'type' in component schema 'd' must be one of the JSON types (array, boolean,"
            + " integer, null, number, object, string), found an integer");
  }

  @Test
  void nestedSchemasAreCheckedWithTheirPointer() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          schemas:
            User:
              type: object
              properties:
                id: {type: integer}
                a/b: {type: bad}
                tags:
                  type: array
                  items: [{type: string}, {type: worse}]
              additionalProperties: [no]
              allOf: {type: object}
              not: {$ref: 99}
        """))).containsExactly(
        "spec.yaml:12:21: error: 'type' in component schema 'User' at /properties/a~1b must be one of the JSON types"
            + " (array, boolean, integer, null, number, object, string), found 'bad'",
        "spec.yaml:15:42: error: 'type' in component schema 'User' at /properties/tags/items/1 must be one of the"
            + " JSON types (array, boolean, integer, null, number, object, string), found 'worse'",
        "spec.yaml:16:29: error: component schema 'User' at /additionalProperties must be a schema (an object or a"
            + " boolean), found a list",
        "spec.yaml:17:14: error: 'allOf' in component schema 'User' must be a list of schemas, found an object",
        "spec.yaml:18:19: error: '$ref' in component schema 'User' at /not must be a string, found an integer (quote"
            + " it to keep it text)");
  }

  @Test
  void parameterSchemasAreChecked() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          user/{id}:
            parameters:
              id:
                schema: {properties: []}
        """))).containsExactly(
        "spec.yaml:9:30: error: 'properties' in schema of parameter 'id' of channel 'user/{id}' must be an object,"
            + " found a list");
  }
}
