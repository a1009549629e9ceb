package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Component, server and parameter names, and what each components map holds. */
class ComponentsStructureTest {
  /** The 2.x text says MUST, but its JSON Schema and parser accept any key: a warning, unless empty. */
  @Test
  void componentNamesShouldMatchThePattern() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          schemas:
            my.org.User_1-a: {type: object}
            User Name: {type: object}
          messages:
            user/signedup: {payload: {}}
          securitySchemes:
            "": {type: X509}
        """))).containsExactly(
        "spec.yaml:9:5: warning: component schema name 'User Name' does not match ^[a-zA-Z0-9\\.\\-_]+$, as the "
            + "AsyncAPI 2.x text requires (its JSON Schema and parser accept the name)",
        "spec.yaml:11:5: warning: component message name 'user/signedup' does not match ^[a-zA-Z0-9\\.\\-_]+$, as "
            + "the AsyncAPI 2.x text requires (its JSON Schema and parser accept the name)",
        "spec.yaml:13:5: error: component security scheme name '' does not match ^[a-zA-Z0-9\\.\\-_]+$");
  }

  @Test
  void componentChannelNamesAreUriTemplatesLikeOtherChannelNames() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          channels:
            user/{userId}/signedup: {description: reusable}
        """))).isEmpty();
  }

  @Test
  void serverAndParameterNamesMustMatchTheirPattern() {
    assertThat(diagnostics(doc("2.6.0", """
        servers:
          prod-eu_1: {url: example.com, protocol: ws}
          prod.eu: {url: example.com, protocol: ws}
        channels:
          user/{user.id}:
            parameters:
              user.id: {schema: {type: string}}
        """))).containsExactly(
        "spec.yaml:7:3: error: server name 'prod.eu' does not match ^[A-Za-z0-9_\\-]+$",
        "spec.yaml:11:7: error: parameter name 'user.id' does not match ^[A-Za-z0-9_\\-]+$");
  }

  @Test
  void componentEntriesAreCheckedAsTheirObjects() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          servers:
            s: {url: example.com}
          parameters:
            p: {schema: {type: str}}
          correlationIds:
            c: {description: no location}
          operationTraits:
            t: {message: {payload: {}}}
          messageTraits:
            t: {payload: {}}
          serverBindings:
            b: []
        """))).containsExactly(
        "spec.yaml:8:8: error: component server 's' is missing 'protocol'",
        "spec.yaml:10:24: error: 'type' in schema of component parameter 'p' must be one of the JSON types (array,"
            + " boolean, integer, null, number, object, string), found 'str'",
        "spec.yaml:12:8: error: component correlation ID 'c' is missing 'location'",
        "spec.yaml:14:9: error: unknown field 'message' in component operation trait 't' (allowed: operationId,"
            + " summary, description, security, tags, externalDocs, bindings; extensions start with x-)",
        "spec.yaml:16:9: error: unknown field 'payload' in component message trait 't' (allowed: messageId, headers,"
            + " correlationId, schemaFormat, contentType, name, title, summary, description, tags, externalDocs,"
            + " bindings, examples; extensions start with x-)",
        "spec.yaml:18:8: error: component server bindings 'b' must be an object, found a list");
  }

  @Test
  void unknownComponentsSectionIsReported() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          schema: {}
        """))).singleElement().asString()
        .startsWith("spec.yaml:7:3: error: unknown field 'schema' in components (allowed: schemas, servers,"
            + " serverVariables, channels, messages, ");
  }

  @Test
  void everyComponentMayBeAReference() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          schemas: {a: {$ref: 'a.yaml'}}
          servers: {a: {$ref: 'a.yaml'}}
          serverVariables: {a: {$ref: 'a.yaml'}}
          messages: {a: {$ref: 'a.yaml'}}
          securitySchemes: {a: {$ref: 'a.yaml'}}
          parameters: {a: {$ref: 'a.yaml'}}
          correlationIds: {a: {$ref: 'a.yaml'}}
          operationTraits: {a: {$ref: 'a.yaml'}}
          messageTraits: {a: {$ref: 'a.yaml'}}
          serverBindings: {a: {$ref: 'a.yaml'}}
          channelBindings: {a: {$ref: 'a.yaml'}}
          operationBindings: {a: {$ref: 'a.yaml'}}
          messageBindings: {a: {$ref: 'a.yaml'}}
        """))).isEmpty();
  }

  @Test
  void componentChannelIsAChannelItemWhoseRefIsItsOwnField() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          channels:
            a: {$ref: 'a.yaml'}
            b: {$ref: 7}
        """))).containsExactly(
        "spec.yaml:9:15: error: '$ref' in component channel 'b' must be a string, found an integer (quote it to keep"
            + " it text)");
  }
}
