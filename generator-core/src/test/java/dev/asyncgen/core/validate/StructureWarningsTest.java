package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Likely mistakes and deprecations that the text does not forbid are warnings, not errors. */
class StructureWarningsTest {
  @Test
  void channelRefNextToOtherFieldsIsDeprecatedSince230() {
    String channels = """
        channels:
          a:
            $ref: 'channels.yaml#/a'
            description: also here
        """;
    assertThat(diagnostics(doc("2.2.0", channels))).isEmpty();
    assertThat(diagnostics(doc("2.3.0", channels))).containsExactly(
        "spec.yaml:7:5: warning: '$ref' next to other fields in channel 'a' is deprecated since AsyncAPI 2.3.0");
  }
}
