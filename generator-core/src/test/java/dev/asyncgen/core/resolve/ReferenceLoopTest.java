package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code $ref} chains that never reach a value, and named schemas that are only aliases of themselves. */
@Timeout(30)
class ReferenceLoopTest {
  private static final String DIR = Specs.DIR + "/ref-loops/";

  @Test
  void channelReferringToItselfIsALoop() {
    SpecException e = Specs.readFailing(Specs.spec("ref-loops/channel-self.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "channel-self.yaml:7:11: error: $ref loop: #/channels/a -> #/channels/a");
  }

  @Test
  void twoChannelsReferringToEachOtherAreEachReportedAtTheirOwnRef() {
    SpecException e = Specs.readFailing(Specs.spec("ref-loops/channel-two-step.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "channel-two-step.yaml:7:11: error: $ref loop: #/channels/b -> #/channels/a -> #/channels/b",
        DIR + "channel-two-step.yaml:9:11: error: $ref loop: #/channels/a -> #/channels/b -> #/channels/a");
  }

  @Test
  void schemasThatAreOnlyReferencesToEachOtherAreErrors() {
    SpecException e = Specs.readFailing(Specs.spec("ref-loops/schema-alias-loop.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "schema-alias-loop.yaml:14:7: error: schema 'A' is only a reference to itself: A -> B -> A",
        DIR + "schema-alias-loop.yaml:16:7: error: schema 'B' is only a reference to itself: B -> A -> B");
  }

  @Test
  void schemaThatIsOnlyAReferenceToItselfIsAnError() {
    SpecException e = Specs.readFailing(Specs.spec("ref-loops/schema-self.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        DIR + "schema-self.yaml:14:7: error: schema 'Self' is only a reference to itself: Self -> Self");
  }

  /** Reaching #/components/x/y means following x, whose own $ref is #/components/x/y again. */
  @Test
  void pointerThatWalksThroughItsOwnRefIsALoop() {
    SpecException e = Specs.readFailing(Specs.spec("ref-loops/pointer-through-itself.yaml"));

    assertThat(Specs.messages(e)).containsExactly(DIR + "pointer-through-itself.yaml:10:11: error: $ref loop: "
        + DIR + "pointer-through-itself.yaml#/x-components/x/y can only be reached through itself");
  }

  @Test
  void schemaPointerThroughItselfInAnotherFileIsALoop(@TempDir Path dir) {
    Specs.write(dir.resolve("root.yaml"), Specs.HEADER + """
        channels:
          c:
            subscribe:
              message:
                payload:
                  $ref: 'other.yaml#/x/y'
        """);
    Specs.write(dir.resolve("other.yaml"), "x:\n  $ref: '#/x/y'\n");

    SpecException e = Specs.readFailing(dir.resolve("root.yaml"));

    assertThat(Specs.messages(e)).containsExactly(
        "other.yaml:2:9: error: $ref loop: other.yaml#/x/y can only be reached through itself");
  }

  @Test
  void exceptionMessageListsEveryDiagnosticOnItsOwnLine() {
    SpecException e = Specs.readFailing(Specs.spec("ref-loops/channel-two-step.yaml"));

    assertThat(e.getMessage()).isEqualTo(String.join("\n", Specs.messages(e)));
  }
}
