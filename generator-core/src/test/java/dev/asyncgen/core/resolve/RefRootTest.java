package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.ReadFile;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ref root wider than the spec's folder, for layouts like the specification's multi-file examples
 * ({@code spec/x.yaml} with {@code $ref: ../common/messages.yaml}); nothing outside it is read.
 */
class RefRootTest {
  private static final String SECRET = "TOP-SECRET-CONTENT";

  @TempDir Path temp;
  private Path project;
  private Path spec;

  @BeforeEach
  void writeASpecThatSharesAFolderWithOthers() {
    project = temp.resolve("project");
    spec = Specs.write(project.resolve("spec/lights.yaml"), """
        asyncapi: 3.0.0
        info:
          title: Lights
          version: 1.0.0
        channels:
          lights:
            address: lights
            messages:
              turnOn:
                $ref: '../common/messages.yaml#/turnOn'
        """);
    Specs.write(project.resolve("common/messages.yaml"), "turnOn:\n  payload:\n    type: string\n");
    Specs.write(temp.resolve("outside.yaml"), "turnOn:\n  payload:\n    description: " + SECRET + "\n");
  }

  @Test
  void withoutARefRootASiblingFolderIsOutside() {
    SpecException e = Specs.readFailing(ReadRequest.of(spec).withDisplayPath("spec/lights.yaml"));

    assertThat(Specs.messages(e)).containsExactly("spec/lights.yaml:10:15: error: $ref"
        + " '../common/messages.yaml#/turnOn' points outside the folder of the root spec; refs may only name files"
        + " inside it");
  }

  @Test
  void aRefRootAboveTheSpecLetsItReadTheSiblingFolder() throws Exception {
    SpecReader.Result result =
        SpecReader.read(ReadRequest.of(spec).withDisplayPath("spec/lights.yaml").withRefRoot(project));

    assertThat(result.api().channel("lights")).isPresent();
    assertThat(result.inputs()).extracting(ReadFile::uri)
        .containsExactly(spec.toUri(), project.resolve("common/messages.yaml").toRealPath().toUri());
  }

  @Test
  void fileOutsideTheRefRootIsStillRefusedUnread() {
    Specs.write(spec, """
        asyncapi: 3.0.0
        info:
          title: Lights
          version: 1.0.0
        channels:
          lights:
            address: lights
            messages:
              turnOn:
                $ref: '../../outside.yaml#/turnOn'
        """);

    SpecException e = Specs.readFailing(
        ReadRequest.of(spec).withDisplayPath("spec/lights.yaml").withRefRoot(project));

    assertThat(Specs.messages(e)).containsExactly("spec/lights.yaml:10:15: error: $ref"
        + " '../../outside.yaml#/turnOn' points outside the ref root; refs may only name files inside it"
        + " (option ref-root)");
    assertThat(e.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void aRefRootMustHoldTheSpec() {
    assertThatThrownBy(() -> ReadRequest.of(spec).withRefRoot(project.resolve("common")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ref root '" + project.resolve("common") + "' does not contain the spec '" + spec
            + "'; name a folder that holds it");
  }

  @Test
  void aRefRootMustBeAFolder() {
    assertThatThrownBy(() -> ReadRequest.of(spec).withRefRoot(project.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the ref root '" + project.resolve("nowhere") + "' is not a folder");
  }
}
