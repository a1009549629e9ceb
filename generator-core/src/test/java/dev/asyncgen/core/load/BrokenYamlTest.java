package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syntax errors are reported like a compiler's: {@code file:line:column: error: message}. */
class BrokenYamlTest {
  private static final String DIR = Specs.DIR + "/broken-yaml/";

  /** Line 4 is {@code "    version: 1.0.0"}: the colon is column 12. */
  @Test
  void overIndentedKeyIsReportedAtItsColon() {
    SpecException e = Specs.readFailing(Specs.spec("broken-yaml/bad-indentation.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "bad-indentation.yaml:4:12: error: invalid YAML: mapping values are not allowed here");
  }

  /** The {@code [} opens on line 5 column 7; line 6's {@code channels:} has its colon at column 9. */
  @Test
  void unclosedFlowSequenceIsReportedWhereItBreaksAndWhereItStarted() {
    SpecException e = Specs.readFailing(Specs.spec("broken-yaml/unclosed-flow.yaml"));

    assertThat(Specs.messages(e)).containsExactly(DIR + "unclosed-flow.yaml:6:9: error: invalid YAML: "
        + "expected ',' or ']', but got :, while parsing a flow sequence (started at line 5, column 7)");
  }

  @Test
  void controlCharacterIsReportedAtItsPosition(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("ctrl.yaml"), "asyncapi: 2.6.0\ninfo:\n  title: a\u0001b\n");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly("ctrl.yaml:3:11: error: special characters are not allowed");
  }

  @Test
  void documentThatIsNotAnObjectIsRefused(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("list.yaml"), "- asyncapi: 2.6.0\n");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "list.yaml:1:1: error: an AsyncAPI document must be an object, found a list");
  }

  @Test
  void complexMappingKeyIsRefused(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("key.yaml"), Specs.HEADER + "channels: {}\n? [a, b]\n: value\n");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly("key.yaml:6:3: error: a mapping key must be a plain value, found a list");
  }
}
