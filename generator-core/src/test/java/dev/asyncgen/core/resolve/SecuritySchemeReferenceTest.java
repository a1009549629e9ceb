package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security schemes are read into the model (the broker facades take their setters from them), so a scheme that is a
 * {@code $ref} is followed: one that leads nowhere is a positioned error, one that leads somewhere is the scheme.
 */
class SecuritySchemeReferenceTest {
  @TempDir Path dir;

  @Test
  void aSchemeReferenceThatLeadsNowhereIsAnErrorAtTheRef() {
    Path spec = Specs.write(dir.resolve("root.yaml"), """
        asyncapi: 2.6.0
        info: {title: t, version: '1'}
        channels: {}
        components:
          securitySchemes:
            x:
              $ref: '#/components/nope'
        """);

    assertThat(Specs.messages(Specs.readFailing(spec))).containsExactly(
        "root.yaml:7:13: error: $ref target root.yaml#/components/nope does not exist: no 'nope' in"
            + " root.yaml#/components");
  }

  @Test
  void aSchemeReferenceIsReadAsTheSchemeItLeadsTo() {
    Specs.write(dir.resolve("schemes.yaml"), "scram:\n  type: scramSha256\n  description: over TLS\n");
    Path spec = Specs.write(dir.resolve("root.yaml"), """
        asyncapi: 2.6.0
        info: {title: t, version: '1'}
        channels: {}
        components:
          securitySchemes:
            x:
              $ref: 'schemes.yaml#/scram'
        """);

    assertThat(Specs.read(spec).api().securitySchemes().get("x")).satisfies(scheme -> {
      assertThat(scheme.type()).isEqualTo("scramSha256");
      assertThat(scheme.description()).isEqualTo("over TLS");
    });
  }
}
