package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Names and references that must point at something the document declares, where nothing else
 * would notice: a channel's servers, and 3.x security schemes.
 */
class DeclaredReferencesTest {
  private static final String SERVERS_2 = """
      servers:
        production:
          url: broker.example
          protocol: kafka
      """;
  private static final String SERVERS_3 = """
      servers:
        production:
          host: broker.example
          protocol: kafka
      components:
        servers:
          staging:
            host: staging.example
            protocol: kafka
        securitySchemes:
          apiKey:
            type: httpApiKey
            name: key
            in: header
      """;

  @Test
  void aChannelListsOnlyServersTheDocumentDeclares2x() {
    assertThat(diagnostics(doc("2.6.0", SERVERS_2 + """
        channels:
          a:
            servers: [production, nowhere]
        """))).containsExactly(
            "spec.yaml:11:27: error: channel 'a' lists server 'nowhere', which the document's servers do not declare");
  }

  @Test
  void aChannelWithoutServersMayNameNone2x() {
    assertThat(diagnostics(doc("2.6.0", "channels:\n  a:\n    servers: [production]\n"))).containsExactly(
        "spec.yaml:7:15: error: channel 'a' lists server 'production', which the document's servers do not declare");
  }

  @Test
  void aChannelsServersAreRefsToTheRootServers3x() {
    assertThat(diagnostics(doc("3.0.0", SERVERS_3 + """
        channels:
          a:
            servers:
              - $ref: '#/servers/production'
              - $ref: '#/servers/nowhere'
              - $ref: '#/components/servers/staging'
        """))).containsExactly(
            "spec.yaml:23:15: error: $ref '#/servers/nowhere' names server 'nowhere', which the document's servers"
                + " do not declare",
            "spec.yaml:24:15: error: a channel's servers must be $refs to the document's servers, such as"
                + " '#/servers/production'; found '#/components/servers/staging'");
  }

  @Test
  void componentChannelsFollowTheSameRule3x() {
    assertThat(diagnostics(doc("3.0.0", """
        components:
          channels:
            a:
              servers:
                - $ref: '#/servers/nowhere'
        """))).containsExactly(
            "spec.yaml:9:17: error: $ref '#/servers/nowhere' names server 'nowhere', which the document's servers"
                + " do not declare");
  }

  @Test
  void securityReferencesMustExist3x() {
    assertThat(diagnostics(doc("3.0.0", """
        servers:
          production:
            host: broker.example
            protocol: kafka
            security:
              - $ref: '#/components/securitySchemes/apiKey'
              - $ref: '#/components/securitySchemes/missing'
        channels:
          c:
            address: c
        operations:
          o:
            action: send
            channel:
              $ref: '#/channels/c'
            security:
              - $ref: '#/components/securitySchemes/gone'
        components:
          securitySchemes:
            apiKey:
              type: httpApiKey
              name: key
              in: header
        """))).containsExactly(
            "spec.yaml:11:15: error: $ref target '#/components/securitySchemes/missing' does not exist: security must"
                + " name a security scheme, such as '#/components/securitySchemes/apiKey'",
            "spec.yaml:21:15: error: $ref target '#/components/securitySchemes/gone' does not exist: security must"
                + " name a security scheme, such as '#/components/securitySchemes/apiKey'");
  }

  @Test
  void locationsAreRuntimeExpressions() {
    assertThat(diagnostics(doc("3.0.0", """
        channels:
          c:
            address: 'users.{id}'
            parameters:
              id:
                location: '$message.payload#/user/id'
        components:
          replyAddresses:
            good: {location: '$message.header#/replyTo'}
            bad: {location: 'header.replyTo'}
          parameters:
            p: {location: '$message.body#/id'}
          correlationIds:
            c: {location: '$message.payload#/a~2b'}
        """))).containsExactly(
            "spec.yaml:14:21: error: 'location' in component reply address 'bad' must be a runtime expression such as"
                + " '$message.payload#/user/id' or '$message.header#/correlationId', found 'header.replyTo'",
            "spec.yaml:16:19: error: 'location' in component parameter 'p' must be a runtime expression such as"
                + " '$message.payload#/user/id' or '$message.header#/correlationId', found '$message.body#/id'",
            "spec.yaml:18:19: error: 'location' in component correlation ID 'c' must be a runtime expression such as"
                + " '$message.payload#/user/id' or '$message.header#/correlationId', found '$message.payload#/a~2b'");
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          parameters:
            p: {location: 'payload.id'}
            q: {location: '$message.payload#/id'}
        """))).containsExactly(
            "spec.yaml:8:19: error: 'location' in component parameter 'p' must be a runtime expression such as"
                + " '$message.payload#/user/id' or '$message.header#/correlationId', found 'payload.id'");
  }

  /** Found by SpecTextProperties: the schemas' own regex overflowed the stack on a long location. */
  @Test
  void aLongLocationIsCheckedWithoutOverflowingTheStack() {
    assertThat(Checks.isRuntimeExpression("$message.payload#/" + "x".repeat(100_000))).isTrue();
    assertThat(Checks.isRuntimeExpression("x".repeat(100_000) + "%s`")).isFalse();
    assertThat(Checks.isRuntimeExpression("$message.header#")).isTrue();
    assertThat(Checks.isRuntimeExpression("$message.header#a")).isFalse();
    assertThat(Checks.isRuntimeExpression("$message.header#/a~")).isFalse();
    assertThat(Checks.isRuntimeExpression("$message.header#/a~1b/~0")).isTrue();
  }
}
