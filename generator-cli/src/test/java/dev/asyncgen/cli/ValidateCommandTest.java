package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {
  private static final String APPWRITE = "../specs/appwrite-realtime.yaml";
  private static final String HEADER = "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\n";

  @Test
  void appwriteIsValidWithTwoWarnings() {
    CliRun run = CliRun.of("validate", APPWRITE);
    assertEquals(0, run.exitCode(), run.out());
    assertEquals("""
        ../specs/appwrite-realtime.yaml:38:7: warning: server 'cloud' declares variable 'project' but its url \
        'cloud.appwrite.io/v1/realtime' has no {project}
        ../specs/appwrite-realtime.yaml:278:22: warning: example 'accountUpdateName' of message 'AccountEvent' \
        does not match its payload schema at /payload/email: array found, string expected
        ../specs/appwrite-realtime.yaml: 0 errors, 2 warnings
        """, run.out());
  }

  @Test
  void strictTurnsWarningsIntoFailure() {
    CliRun run = CliRun.of("validate", "--strict", APPWRITE);
    assertEquals(1, run.exitCode());
    assertTrue(run.out().endsWith("0 errors, 2 warnings (--strict: warnings fail)\n"), run.out());
  }

  /** The 2.x text's key pattern is advice its JSON Schema does not enforce: a warning, failing under --strict. */
  @Test
  void componentKeyWithSpacesIsAWarningAndAnErrorUnderStrict(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("keys.yaml"), HEADER + """
        channels:
          billing:
            subscribe: {message: {$ref: '#/components/messages/Billing Receipt Created'}}
        components:
          messages:
            Billing Receipt Created: {payload: {type: string}}
        """);
    String warning = "keys.yaml:8:5: warning: component message name 'Billing Receipt Created' does not match "
        + "^[a-zA-Z0-9\\.\\-_]+$, as the AsyncAPI 2.x text requires (its JSON Schema and parser accept the name)\n";

    CliRun run = CliRun.of("validate", spec.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertEquals(warning + "keys.yaml: 0 errors, 1 warning\n", run.out().replace(spec.getParent() + "/", ""));

    CliRun strict = CliRun.of("validate", "--strict", spec.toString());
    assertEquals(1, strict.exitCode(), strict.out());
    assertTrue(strict.out().endsWith("0 errors, 1 warning (--strict: warnings fail)\n"), strict.out());
  }

  @Test
  void jsonFormatForTools() {
    CliRun run = CliRun.of("validate", "--format", "json", APPWRITE);
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("{\"spec\":\"../specs/appwrite-realtime.yaml\",\"valid\":true,\"errors\":0,"
        + "\"warnings\":2,\"diagnostics\":[{\"severity\":\"warning\",\"file\":\"../specs/appwrite-realtime.yaml\","
        + "\"line\":38,\"column\":7,\"message\":\"server 'cloud' declares"), run.out());
  }

  @Test
  void everyErrorIsReportedInOneRunSortedByPosition(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("two.yaml"), HEADER + """
        channels:
          b/{id}:
            parameters: {}
            subscribe: {operationId: same, message: {payload: {type: string}}}
          a:
            subscribe: {operationId: same, message: {payload: {$ref: '#/components/schemas/Missing'}}}
        """);
    CliRun run = CliRun.of("validate", spec.toString());
    assertEquals(1, run.exitCode());
    String[] lines = run.out().split("\n");
    assertEquals(3, lines.length, run.out());
    assertTrue(lines[0].contains("two.yaml:4:3: error: channel 'b/{id}' uses parameter {id}"), lines[0]);
    assertTrue(lines[1].contains("two.yaml:8:62: error: $ref target"), lines[1]);
    assertTrue(lines[2].endsWith("2 errors, 0 warnings"), lines[2]);
  }

  static Stream<Arguments> hostileInputs() {
    String deep = "[".repeat(20_000) + "]".repeat(20_000);
    String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + java.util.stream.IntStream.range(1, 12)
        .mapToObj(i -> (char) ('a' + i) + ": &" + (char) ('a' + i) + " [" + ("*" + (char) ('a' + i - 1) + ", ").repeat(8)
            + "*" + (char) ('a' + i - 1) + "]")
        .reduce((x, y) -> x + "\n" + y).orElseThrow() + "\n";
    return Stream.of(
        Arguments.of("billion laughs", laughs.getBytes(StandardCharsets.UTF_8), "expands to more than"),
        Arguments.of("20,000-deep nesting", deep.getBytes(StandardCharsets.UTF_8), "nesting is deeper than"),
        Arguments.of("tabs", "asyncapi: 2.6.0\ninfo:\n\ttitle: x\n".getBytes(StandardCharsets.UTF_8), "invalid YAML"),
        Arguments.of("invalid UTF-8", new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}, "not valid UTF-8"),
        Arguments.of("Java tag", "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"
            .getBytes(StandardCharsets.UTF_8), "unsupported YAML tag"),
        Arguments.of("duplicate keys", (HEADER + "info: {}\n").getBytes(StandardCharsets.UTF_8), "duplicate key 'info'"),
        Arguments.of("escaping $ref", (HEADER + "channels:\n  a: {$ref: '../../../../etc/passwd'}\n")
            .getBytes(StandardCharsets.UTF_8), "points outside the folder of the root spec"),
        Arguments.of("remote $ref", (HEADER + "channels:\n  a: {$ref: 'https://127.0.0.1:9/x.yaml'}\n")
            .getBytes(StandardCharsets.UTF_8), "remote refs are off"),
        Arguments.of("$ref loop", (HEADER + "channels:\n  a: {$ref: '#/channels/b'}\n  b: {$ref: '#/channels/a'}\n")
            .getBytes(StandardCharsets.UTF_8), "$ref loop"),
        Arguments.of("unresolved $ref", (HEADER + "channels:\n  a: {$ref: '#/channels/nope'}\n")
            .getBytes(StandardCharsets.UTF_8), "does not exist"),
        Arguments.of("undeclared parameter", (HEADER + "channels:\n  'a/{x}': {parameters: {}}\n").getBytes(StandardCharsets.UTF_8),
            "which it does not declare"),
        Arguments.of("AsyncAPI 3.0 without info", "asyncapi: 3.0.0\n".getBytes(StandardCharsets.UTF_8),
            "is missing 'info'"),
        Arguments.of("AsyncAPI 4.0", "asyncapi: 4.0.0\n".getBytes(StandardCharsets.UTF_8), "'4.0.0' is not supported"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void hostileInputEndsInOneClearErrorWithItsPosition(String name, byte[] content, String expected, @TempDir Path dir)
      throws IOException {
    Path spec = Files.write(dir.resolve("hostile.yaml"), content);
    CliRun run = CliRun.of("validate", spec.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().matches("(?s)hostile\\.yaml:\\d+:\\d+: error: .*"), run.out());
    assertTrue(run.out().contains(expected), run.out());
    assertFalse((run.out() + run.err()).contains("\tat "), "no stack trace");
    assertFalse(run.out().contains("root:"), "no file content leaks: " + run.out());
  }

  @Test
  void oversizedSpecNamesTheLimitAndTheOption(@TempDir Path dir) throws IOException {
    Path spec = Files.writeString(dir.resolve("big.yaml"), HEADER + "x-padding: '" + "y".repeat(2_000) + "'\n"
        + "channels: {}\n");
    CliRun run = CliRun.of("validate", "--max-spec-size", "1000", spec.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("over the limit of 1,000 bytes (raise it with --max-spec-size"),
        run.out());
    CliRun raised = CliRun.of("validate", "--max-spec-size", "100000", spec.toString());
    assertEquals(0, raised.exitCode(), raised.out());
  }
}
