package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad option value is a usage error: exit code 2, picocli's "Invalid value" line with the core's
 * reason, where the help is, and no stack trace, before anything is read or written.
 */
class BadOptionValuesTest {
  private static final String APPWRITE = "../specs/appwrite-realtime.yaml";
  private static final String RANGE = "the largest spec size must be from 1 to 1,073,741,824 bytes (1 GiB), not ";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0             | " + RANGE + "0",
      "-1            | " + RANGE + "-1",
      "1073741825    | " + RANGE + "1,073,741,825",
      "1099511627776 | " + RANGE + "1,099,511,627,776",
      "16MB          | '16MB' is not a whole number of bytes"})
  void specSizeOutOfRange(String value, String reason) {
    for (String command : new String[] {"validate", "inspect"}) {
      CliRun run = CliRun.of(command, "--max-spec-size", value, APPWRITE);

      assertUsageError(run, "Invalid value for option '--max-spec-size': " + reason);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"validate", "inspect", "generate"})
  void emptySpecPath(String command) {
    CliRun run = command.equals("generate")
        ? CliRun.of(command, "", "-o", "target/never", "-p", "a.b")
        : CliRun.of(command, "");

    assertUsageError(run, "Invalid value for positional parameter at index 0 (SPEC): the spec path is empty;"
        + " name a YAML or JSON file");
  }

  /** {@code --output ''} used to write into the working directory. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"--output=", "-o="})
  void emptyOutputDirectory(String option) {
    CliRun run = CliRun.of("generate", APPWRITE, option, "-p", "io.appwrite.realtime");

    assertUsageError(run, "Invalid value for option '--output': the output directory is empty; name a folder,"
        + " such as target/generated-sources/asyncgen");
    assertFalse(Path.of("io").toFile().exists());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--bindings=kafka,ws | Invalid value for option '--bindings': 'ws' is not a binding asyncgen generates; use a"
          + " comma-separated list of kafka, mqtt, amqp, or auto (every one the spec's servers name)",
      "--role=server       | Invalid value for option '--role': 'server' is not one of client, application"})
  void badBindingsOrRole(String option, String firstLine) {
    CliRun run = CliRun.of("generate", APPWRITE, option, "-o", "target/never", "-p", "io.appwrite.realtime");

    assertUsageError(run, firstLine);
    assertFalse(Path.of("target/never").toFile().exists());
  }

  private static void assertUsageError(CliRun run, String firstLine) {
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(firstLine, run.err().lines().findFirst().orElse(""), run.err());
    String secondLine = run.err().lines().skip(1).findFirst().orElse("");
    assertTrue(secondLine.matches("Try 'asyncgen \\w+ --help' for the options\\."), run.err());
    assertEquals(2, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertEquals("", run.out());
  }
}
