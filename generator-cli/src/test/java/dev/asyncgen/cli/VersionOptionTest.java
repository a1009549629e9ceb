package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VersionOptionTest {
  @Test
  void printsTheProjectVersionAndTheAsyncApiVersionsRead() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("asyncgen " + System.getProperty("asyncgen.expectedVersion") + "\n"
        + "reads AsyncAPI 2.0.0 to 2.6.x, 3.0.x and 3.1.x\n", run.out().replace(System.lineSeparator(), "\n"));
    assertEquals("", run.err());
  }
}
