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
}
