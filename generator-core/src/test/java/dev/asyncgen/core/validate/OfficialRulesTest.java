package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules of the official parser's ruleset that passed silently, each with fixtures written from the
 * specification text and the rule's description.
 */
class OfficialRulesTest {
  @Test
  void aChannelNameHoldsNoQueryNorFragment2x() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          users?active=true: {}
          users#top: {}
          users/{id}: {}
        components:
          channels:
            orders?open: {}
        """))).containsExactly(
            "spec.yaml:6:3: error: the name of channel 'users?active=true' has a query ('?'): a channel name cannot"
                + " hold a query or a fragment; describe them in the channel's bindings",
            "spec.yaml:7:3: error: the name of channel 'users#top' has a fragment ('#'): a channel name cannot hold"
                + " a query or a fragment; describe them in the channel's bindings",
            "spec.yaml:11:5: error: the name of component channel 'orders?open' has a query ('?'): a channel name"
                + " cannot hold a query or a fragment; describe them in the channel's bindings");
  }

  @Test
  void aChannelAddressHoldsNoQueryNorFragment3x() {
    assertThat(diagnostics(doc("3.0.0", """
        channels:
          a:
            address: users?active=true
          b:
            address: users#top
          c:
            address: users/signedup
        components:
          channels:
            d:
              address: orders?open
        """))).containsExactly(
            "spec.yaml:7:14: error: the address of channel 'a' has a query ('?'): a channel address cannot hold a"
                + " query or a fragment; describe them in the channel's bindings",
            "spec.yaml:9:14: error: the address of channel 'b' has a fragment ('#'): a channel address cannot hold"
                + " a query or a fragment; describe them in the channel's bindings",
            "spec.yaml:15:16: error: the address of component channel 'd' has a query ('?'): a channel address"
                + " cannot hold a query or a fragment; describe them in the channel's bindings");
  }

  @Test
  void messageIdsAreUniqueAmongAllMessages() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          a:
            subscribe:
              message:
                oneOf:
                  - $ref: '#/components/messages/first'
                  - messageId: signedUp
          b:
            publish:
              message:
                $ref: '#/components/messages/first'
        components:
          messages:
            first:
              messageId: signedUp
            second:
              messageId: other
        """))).containsExactly(
            "spec.yaml:19:18: error: messageId 'signedUp' is already used (at spec.yaml:11:24); messageIds must be"
                + " unique");
  }

  @Test
  void oneMessageReferencedTwiceHasOneMessageId() {
    assertThat(diagnostics(doc("2.4.0", """
        channels:
          a:
            subscribe:
              message:
                $ref: '#/components/messages/first'
          b:
            publish:
              message:
                $ref: '#/components/messages/first'
        components:
          messages:
            first:
              messageId: signedUp
        """))).isEmpty();
  }

  @Test
  void tagNamesAreUniqueBelowTheRootToo2x() {
    assertThat(diagnostics(doc("2.6.0", """
        servers:
          production:
            url: broker.example
            protocol: kafka
            tags: [{name: eu}, {name: eu}]
        channels:
          a:
            subscribe:
              tags: [{name: users}, {name: users}]
              message:
                tags: [{name: m}, {name: m}]
        components:
          operationTraits:
            t:
              tags: [{name: x}, {name: x}]
          messageTraits:
            u:
              tags: [{name: y}, {name: y}]
        """))).containsExactly(
            "spec.yaml:9:31: error: duplicate tag name 'eu' in the tags of server 'production' (first used at"
                + " spec.yaml:9:19)",
            "spec.yaml:13:36: error: duplicate tag name 'users' in the tags of subscribe operation of channel 'a'"
                + " (first used at spec.yaml:13:21)",
            "spec.yaml:15:34: error: duplicate tag name 'm' in the tags of message of subscribe operation of channel"
                + " 'a' (first used at spec.yaml:15:23)",
            "spec.yaml:19:32: error: duplicate tag name 'x' in the tags of component operation trait 't' (first"
                + " used at spec.yaml:19:21)",
            "spec.yaml:22:32: error: duplicate tag name 'y' in the tags of component message trait 'u' (first used"
                + " at spec.yaml:22:21)");
  }

  @Test
  void tagNamesAreUniqueThroughReferences3x() {
    assertThat(diagnostics(doc("3.0.0", """
          tags: [{name: a}, {name: a}]
        channels:
          c:
            tags:
              - $ref: '#/components/tags/users'
              - name: users
        components:
          tags:
            users:
              name: users
        """))).containsExactly(
            "spec.yaml:5:28: error: duplicate tag name 'a' in the document's tags (first used at spec.yaml:5:17)",
            "spec.yaml:10:15: error: duplicate tag name 'users' in the tags of channel 'c' (first used at"
                + " spec.yaml:9:15)");
  }

  private static final String SCHEMES_2 = """
      components:
        securitySchemes:
          oauth:
            type: oauth2
            flows:
              implicit:
                authorizationUrl: https://auth.example/authorize
                scopes:
                  read: Read access
          oidc:
            type: openIdConnect
            openIdConnectUrl: https://auth.example/.well-known/openid-configuration
          key:
            type: httpApiKey
            name: key
            in: header
      """;

  @Test
  void securityRequirementsNameDeclaredSchemesAndScopes2x() {
    assertThat(diagnostics(doc("2.6.0", SCHEMES_2 + """
        servers:
          production:
            url: broker.example
            protocol: kafka
            security:
              - oauth: [read, write]
              - oidc: [anything]
              - key: [read]
              - nowhere: []
        channels:
          a:
            subscribe:
              security:
                - missing: []
        """))).containsExactly(
            "spec.yaml:26:23: error: the security of server 'production' asks scheme 'oauth' for scope 'write',"
                + " which its flows do not define (defined: read)",
            "spec.yaml:28:15: error: the security of server 'production' lists scopes for scheme 'key' of type"
                + " 'httpApiKey'; only oauth2 and openIdConnect take scopes, for others the list must be empty",
            "spec.yaml:29:9: error: the security of server 'production' names scheme 'nowhere', which the"
                + " document's components.securitySchemes do not declare",
            "spec.yaml:34:11: error: the security of subscribe operation of channel 'a' names scheme 'missing',"
                + " which the document's components.securitySchemes do not declare");
  }

  @Test
  void securityOfOperationTraitsAndComponentServers2x() {
    assertThat(diagnostics(doc("2.6.0", SCHEMES_2 + """
          servers:
            staging:
              url: staging.example
              protocol: kafka
              security: [{nowhere: []}]
          operationTraits:
            secured:
              security: [{oauth: [admin]}]
        channels: {}
        """))).containsExactly(
            "spec.yaml:25:19: error: the security of component server 'staging' names scheme 'nowhere', which the"
                + " document's components.securitySchemes do not declare",
            "spec.yaml:28:27: error: the security of component operation trait 'secured' asks scheme 'oauth' for"
                + " scope 'admin', which its flows do not define (defined: read)");
  }

  @Test
  void oauthScopesAreAmongTheAvailableScopes3x() {
    assertThat(diagnostics(doc("3.0.0", """
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows:
                implicit:
                  authorizationUrl: https://auth.example/authorize
                  availableScopes:
                    read: Read access
              scopes: [read, write]
        """))).containsExactly(
            "spec.yaml:14:22: error: scope 'write' of component security scheme 'oauth' is not one of its flows'"
                + " availableScopes (read)");
  }

  @Test
  void componentOperationMessagesAreTheirChannels3x() {
    assertThat(diagnostics(doc("3.0.0", """
        channels:
          users:
            address: users
            messages:
              signedUp:
                $ref: '#/components/messages/signedUp'
          orders:
            address: orders
            messages:
              placed:
                payload: {type: string}
        components:
          messages:
            signedUp:
              payload: {type: string}
          operations:
            onSignUp:
              action: receive
              channel:
                $ref: '#/channels/users'
              messages:
                - $ref: '#/channels/users/messages/signedUp'
                - $ref: '#/components/messages/signedUp'
                - $ref: '#/channels/orders/messages/placed'
        """))).containsExactly(
            "spec.yaml:28:17: error: the messages of component operation 'onSignUp' must be messages of its channel"
                + " 'users', each a $ref such as '#/channels/users/messages/<id>'");
  }

  /** {@code asyncapi2-server-variables}: "Server variables must be defined". */
  @Test
  void serverUrlVariableWithoutADefinitionIsAnError() {
    assertThat(diagnostics(doc("2.6.0", """
        servers:
          a:
            url: '{host}:{port}/ws'
            protocol: ws
            variables:
              host: {default: localhost}
          b:
            url: '{stage}.example.com'
            protocol: ws
        channels: {}
        """))).containsExactly(
        "spec.yaml:7:10: error: the url of server 'a' uses {port}, but its 'variables' do not define 'port'",
        "spec.yaml:12:10: error: the url of server 'b' uses {stage}, but its 'variables' do not define 'stage'");
  }

  @Test
  void serverVariablesAreDefinedAndUsedInComponentsToo() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          servers:
            staging:
              url: '{region}.example:{port}'
              protocol: kafka
              variables:
                port: {default: '9092'}
                unused: {default: x}
        """))).containsExactly(
            "spec.yaml:9:12: error: the url of component server 'staging' uses {region}, but its 'variables' do not"
                + " define 'region'",
            "spec.yaml:13:9: warning: component server 'staging' declares variable 'unused' but its url"
                + " '{region}.example:{port}' has no {unused}");
  }

  @Test
  void anAddressParameterWithoutParametersIsAWarning3x() {
    assertThat(diagnostics(doc("3.0.0", """
        channels:
          a:
            address: users/{id}
          b:
            address: orders/{id}
            parameters:
              other: {}
        """))).containsExactly(
            "spec.yaml:7:14: warning: the address of channel 'a' uses {id} but the channel has no 'parameters'; it"
                + " is read as a string parameter",
            "spec.yaml:9:14: error: the address of channel 'b' uses {id}, which its 'parameters' do not declare",
            "spec.yaml:11:7: warning: channel 'b' declares parameter 'other' but its address has no {other}");
  }
}
