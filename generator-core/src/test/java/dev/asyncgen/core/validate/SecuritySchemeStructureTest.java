package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Security schemes by type, OAuth flows, and security requirements. */
class SecuritySchemeStructureTest {
  @Test
  void everyTypeWithItsFieldsIsValid() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          securitySchemes:
            userPassword: {type: userPassword, description: d}
            apiKey: {type: apiKey, in: user}
            X509: {type: X509}
            symmetric: {type: symmetricEncryption}
            asymmetric: {type: asymmetricEncryption}
            httpApiKey: {type: httpApiKey, name: api_key, in: header}
            http: {type: http, scheme: bearer, bearerFormat: JWT}
            oauth2:
              type: oauth2
              flows:
                implicit: {authorizationUrl: https://a.example, scopes: {read: Read}}
                password: {tokenUrl: https://t.example, scopes: {}}
                clientCredentials: {tokenUrl: https://t.example, refreshUrl: https://r.example, scopes: {}}
                authorizationCode: {authorizationUrl: https://a.example, tokenUrl: https://t.example, scopes: {}}
            openIdConnect: {type: openIdConnect, openIdConnectUrl: https://o.example}
            plain: {type: plain}
            scramSha256: {type: scramSha256}
            scramSha512: {type: scramSha512, x-note: 1}
            gssapi: {type: gssapi}
        """))).isEmpty();
  }

  @Test
  void scopesOnASchemeAre3xOnly() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          securitySchemes:
            oidc: {type: openIdConnect, openIdConnectUrl: https://o.example, scopes: [read]}
        """))).containsExactly("spec.yaml:8:70: error: unknown field 'scopes' in component security scheme"
            + " 'oidc' (allowed: type, description, name, in, scheme, bearerFormat, flows, openIdConnectUrl;"
            + " extensions start with x-)");
  }

  @Test
  void requiredFieldsDependOnTheType() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          securitySchemes:
            none: {description: no type}
            apiKey: {type: apiKey}
            httpApiKey: {type: httpApiKey}
            http: {type: http}
            oauth2: {type: oauth2}
            oidc: {type: openIdConnect}
        """))).containsExactly(
        "spec.yaml:8:11: error: component security scheme 'none' is missing 'type'",
        "spec.yaml:9:13: error: component security scheme 'apiKey' of type 'apiKey' is missing 'in'",
        "spec.yaml:10:17: error: component security scheme 'httpApiKey' of type 'httpApiKey' is missing 'in'",
        "spec.yaml:10:17: error: component security scheme 'httpApiKey' of type 'httpApiKey' is missing 'name'",
        "spec.yaml:11:11: error: component security scheme 'http' of type 'http' is missing 'scheme'",
        "spec.yaml:12:13: error: component security scheme 'oauth2' of type 'oauth2' is missing 'flows'",
        "spec.yaml:13:11: error: component security scheme 'oidc' of type 'openIdConnect' is missing"
            + " 'openIdConnectUrl'");
  }

  @Test
  void typeMustBeOneOfTheVersionsTypes() {
    assertThat(diagnostics(doc("2.0.0", """
        channels: {}
        components:
          securitySchemes:
            basic: {type: basic}
            sasl: {type: scramSha256}
        """))).containsExactly(
        "spec.yaml:8:19: error: 'type' in component security scheme 'basic' must be one of userPassword, apiKey, X509,"
            + " symmetricEncryption, asymmetricEncryption, httpApiKey, http, oauth2, openIdConnect, found 'basic'",
        "spec.yaml:9:18: error: 'type' in component security scheme 'sasl' must be one of userPassword, apiKey, X509,"
            + " symmetricEncryption, asymmetricEncryption, httpApiKey, http, oauth2, openIdConnect, found 'scramSha256'"
            + " ('scramSha256' requires AsyncAPI 2.1.0 or later; this document is 2.0.0)");
  }

  @Test
  void fieldsOfOtherTypesDoNotApply() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          securitySchemes:
            key: {type: apiKey, in: password, scheme: basic, name: k}
        """))).containsExactly(
        "spec.yaml:8:39: error: 'scheme' does not apply to component security scheme 'key' of type 'apiKey' (it"
            + " applies to http)",
        "spec.yaml:8:54: error: 'name' does not apply to component security scheme 'key' of type 'apiKey' (it applies"
            + " to httpApiKey)");
  }

  @Test
  void bearerFormatGoesWithTheBearerScheme() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          securitySchemes:
            jwt: {type: http, scheme: Bearer, bearerFormat: JWT}
            basic: {type: http, scheme: basic, bearerFormat: JWT}
        """))).containsExactly(
        "spec.yaml:9:40: error: 'bearerFormat' in component security scheme 'basic' of type 'http' applies only to"
            + " scheme 'bearer', not 'basic'");
  }

  @Test
  void inTakesTheValuesOfItsType() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          securitySchemes:
            a: {type: apiKey, in: header}
            b: {type: httpApiKey, name: k, in: password}
        """))).containsExactly(
        "spec.yaml:8:27: error: 'in' in component security scheme 'a' of type 'apiKey' must be one of user, password,"
            + " found 'header'",
        "spec.yaml:9:40: error: 'in' in component security scheme 'b' of type 'httpApiKey' must be one of query,"
            + " header, cookie, found 'password'");
  }

  @Test
  void oauthFlowsTakeTheUrlsTheirFlowUses() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        components:
          securitySchemes:
            o:
              type: oauth2
              flows:
                implicit: {tokenUrl: https://t.example, scopes: {read: 1}}
                password: {scopes: {}}
                device: {}
        """))).containsExactly(
        "spec.yaml:11:19: error: implicit flow of OAuth flows of component security scheme 'o' is missing"
            + " 'authorizationUrl'",
        "spec.yaml:11:20: error: unknown field 'tokenUrl' in implicit flow of OAuth flows of component security scheme"
            + " 'o' (allowed: authorizationUrl, refreshUrl, scopes; extensions start with x-)",
        "spec.yaml:11:64: error: scope 'read' of implicit flow of OAuth flows of component security scheme 'o' must"
            + " be a string, found an integer (quote it to keep it text)",
        "spec.yaml:12:19: error: password flow of OAuth flows of component security scheme 'o' is missing 'tokenUrl'",
        "spec.yaml:13:9: error: unknown field 'device' in OAuth flows of component security scheme 'o' (allowed:"
            + " implicit, password, clientCredentials, authorizationCode; extensions start with x-)");
  }

  @Test
  void securityRequirementsMapSchemeNamesToScopeLists() {
    assertThat(diagnostics(doc("2.6.0", """
        servers:
          s:
            url: example.com
            protocol: kafka
            security:
              - {creds: []}
              - {oauth: read}
              - petstore: [1]
        channels: {}
        components:
          securitySchemes:
            creds: {type: userPassword}
            oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://a.example/token', scopes: {}}}}
            petstore: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://a.example/token', scopes: {}}}}
        """))).containsExactly(
        "spec.yaml:11:17: error: scheme 'oauth' of security requirement #2 of server 's' must be a list, found a"
            + " string",
        "spec.yaml:12:20: error: scope #1 of scheme 'petstore' of security requirement #3 of server 's' must be a"
            + " string, found an integer (quote it to keep it text)");
  }
}
