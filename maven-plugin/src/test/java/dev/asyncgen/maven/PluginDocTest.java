package dev.asyncgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * PLUGIN.md, committed beside the module's pom, is what {@link PluginDoc} makes of the descriptor
 * this build wrote. After a change to a Mojo's Javadoc or parameters, refresh it with
 * {@code -Dasyncgen.updateGolden=true} and review the diff.
 */
class PluginDocTest {
  private static final Path DESCRIPTOR = Path.of("target/plugin-enhanced.xml");
  private static final Path PAGE = Path.of("PLUGIN.md");

  @Test
  void theCommittedPageIsTheOneTheDescriptorGives() throws Exception {
    String page = PluginDoc.render(DESCRIPTOR);
    if (Boolean.getBoolean("asyncgen.updateGolden")) {
      Files.writeString(PAGE, page, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("maven-plugin/PLUGIN.md is stale; if the change is intended, run with -Dasyncgen.updateGolden=true")
        .isEqualTo(page);
  }

  @Test
  void everyGoalAndParameterIsThereWithItsPropertyAndDefault() {
    String page = PluginDoc.render(DESCRIPTOR);
    assertThat(page).contains("\n## asyncgen:generate\n", "\n## asyncgen:check-compat\n", "\n## asyncgen:help\n");
    assertThat(page).contains(
        "| `inputSpec` | `File` | `asyncgen.inputSpec` | (required) | The AsyncAPI document (2.0 to 2.6, 3.0 or 3.1)",
        "| `outputDirectory` | `File` | `asyncgen.outputDirectory` | `${project.build.directory}/generated-sources/asyncgen` |",
        "| `failOn` | `String` | `asyncgen.compat.failOn` | `ERR` |",
        "| `maxSpecSize` | `long` | `asyncgen.maxSpecSize` | `16777216` |",
        "| `detail` | `boolean` | `detail` | `false` |");
    assertThat(page).as("read-only parameters are Maven's business").doesNotContain("`project`", "`mojoExecution`");
    assertThat(page).contains("AsyncAPI 2.x and 3.x");
  }
}
