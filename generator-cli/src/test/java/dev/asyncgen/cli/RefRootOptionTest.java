package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --ref-root DIR}: a spec may $ref files beside its folder, as the specification's multi-file examples do. */
class RefRootOptionTest {
  @TempDir Path temp;
  private Path spec;

  @BeforeEach
  void writeASpecThatRefersToACommonFolder() throws IOException {
    Files.createDirectories(temp.resolve("spec"));
    Files.createDirectories(temp.resolve("common"));
    spec = Files.writeString(temp.resolve("spec/lights.yaml"), """
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
    Files.writeString(temp.resolve("common/messages.yaml"), "turnOn:\n  payload:\n    type: string\n");
  }

  @Test
  void withoutItTheCommonFolderIsOutside() {
    CliRun run = CliRun.of("validate", spec.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("points outside the folder of the root spec"), run.out());
  }

  @Test
  void withItTheSpecValidates() {
    CliRun run = CliRun.of("validate", "--ref-root", temp.toString(), spec.toString());

    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  @Test
  void aRefRootThatDoesNotHoldTheSpecIsAUsageError() {
    Path common = temp.resolve("common");
    CliRun run = CliRun.of("validate", "--ref-root", common.toString(), spec.toString());

    assertEquals(2, run.exitCode(), run.err());
    assertEquals("--ref-root: the ref root '" + common + "' does not contain the spec '" + spec
        + "'; name a folder that holds it", run.err().lines().findFirst().orElse(""));
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  void helpNamesTheOption() {
    CliRun run = CliRun.of("generate", "--help");

    assertTrue(run.out().contains("--ref-root=DIR"), run.out());
  }
}
