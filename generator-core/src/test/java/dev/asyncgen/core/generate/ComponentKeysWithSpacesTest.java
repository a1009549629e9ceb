package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Component keys with spaces ('Billing Receipt Created') break the 2.x text's key pattern but not
 * its JSON Schema: they generate, with a warning each, and name Java types like any other key.
 */
class ComponentKeysWithSpacesTest {
  private static final String PACKAGE = "com.example.billing";

  @Test
  void generateCompilableTypesNamedAfterTheKeysWithAWarningEach() throws Exception {
    SourceGenerator.Sources sources =
        GeneratedCode.generate(Path.of("src/test/resources/generate/keys-with-spaces.yaml"), PACKAGE);

    ClassLoader loader = GeneratedCode.compile(sources.files());

    assertThat(loader.loadClass(PACKAGE + ".BillingReceiptCreated").getRecordComponents()).hasSize(1);
    assertThat(loader.loadClass(PACKAGE + ".RefundIssuedPayload").getRecordComponents()).hasSize(1);
    assertThat(sources.warnings()).extracting(Diagnostic::toString).containsExactly(
        keyWarning(16, "component message", "Billing Receipt Created"),
        keyWarning(19, "component message", "Refund Issued"),
        keyWarning(25, "component schema", "Billing Receipt Created"));
  }

  private static String keyWarning(int line, String noun, String key) {
    return "src/test/resources/generate/keys-with-spaces.yaml:" + line + ":5: warning: " + noun + " name '" + key
        + "' does not match ^[a-zA-Z0-9\\.\\-_]+$, as the AsyncAPI 2.x text requires (its JSON Schema and parser "
        + "accept the name)";
  }
}
