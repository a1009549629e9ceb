package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AsyncAPI 3.x documents through every command: the same guarantees as 2.x. */
class V3DocumentCommandsTest {
  private static final String VALID = """
      asyncapi: 3.0.0
      info:
        title: Pings
        version: 1.0.0
      channels:
        ping:
          address: ping
          messages:
            ping:
              payload:
                type: string
      operations:
        sendPing:
          action: send
          channel:
            $ref: '#/channels/ping'
      """;
  private static final String INVALID = VALID.replace("action: send", "action: publish")
      .replace("address: ping", "address: [ping]");
  private static final String STRUCTURE_ERRORS = """
      v3.yaml:7:14: error: 'address' in channel 'ping' must be a string or null, found a list
      v3.yaml:14:13: error: 'action' in operation 'sendPing' must be send or receive, found 'publish'
      """;

  @TempDir
  Path dir;

  @Test
  void validateAcceptsAValidDocument() throws IOException {
    CliRun run = CliRun.of("validate", spec(VALID));

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().endsWith("v3.yaml: 0 errors, 0 warnings\n"), run.out());
  }

  @Test
  void validateReportsEveryStructureErrorWithItsPosition() throws IOException {
    CliRun run = CliRun.of("validate", spec(INVALID));

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals(STRUCTURE_ERRORS, firstLines(run.out(), 2));
  }

  @Test
  void generateWritesTheChannelsOfTheDocument() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", spec(VALID), "-o", out.toString(), "-p", "com.example");

    assertEquals(0, run.exitCode(), run.out() + run.err());
    String channels = Files.readString(out.resolve("com/example/Channels.java"));
    assertTrue(channels.contains("public static Channel<String> ping()"), channels);
  }

  @Test
  void generateReportsStructureErrorsAndWritesNothing() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("generate", spec(INVALID), "-o", out.toString(), "-p", "com.example");

    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals(STRUCTURE_ERRORS, firstLines(run.out() + run.err(), 2));
    assertFalse(Files.exists(out), "no output folder");
  }

  @Test
  void inspectShowsOperationsByTheirActionAndFailsOnErrors() throws IOException {
    CliRun valid = CliRun.of("inspect", spec(VALID));
    CliRun invalid = CliRun.of("inspect", spec(INVALID));

    assertEquals(0, valid.exitCode(), valid.out() + valid.err());
    assertTrue(valid.out().contains("  ping\n    send sendPing\n"), valid.out());
    assertEquals(1, invalid.exitCode());
    assertEquals(STRUCTURE_ERRORS, firstLines(invalid.out() + invalid.err(), 2));
  }

  @Test
  void inspectShowsAParameterListedValuesAndItsDefault() throws IOException {
    String withEnum = VALID.replace("address: ping", "address: ping.{speed}\n    parameters:\n"
        + "      speed: {enum: [fast, slow], default: slow}");
    CliRun run = CliRun.of("inspect", spec(withEnum));

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("    parameter speed: enum [fast, slow] (default slow)\n"), run.out());
  }

  private String spec(String text) throws IOException {
    return Files.writeString(dir.resolve("v3.yaml"), text).toString();
  }

  private static String firstLines(String text, int count) {
    StringBuilder lines = new StringBuilder();
    text.lines().limit(count).forEach(line -> lines.append(line).append('\n'));
    return lines.toString();
  }
}
