package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final String OLD = "../generator-core/src/test/resources/diff/appwrite-old.yaml";
  private static final String NEW = "../generator-core/src/test/resources/diff/appwrite-new.yaml";
  private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: t, version: '1'}
      channels:
        events:
          subscribe:
            message:
              payload:
                type: object
                properties:
                  id: {type: string}
      """;

  @Test
  void textFailsOnABreakingChange() {
    CliRun run = CliRun.of("diff", OLD, NEW);
    assertEquals(3, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(7, lines.length, run.out());
    assertEquals(NEW + ":115:3: INFO CHANNEL_ADDED buckets.{bucketId}.files.{fileId}: channel added", lines[0]);
    assertEquals(OLD + ":115:3: ERR CHANNEL_REMOVED files.{fileId}: channel removed", lines[5]);
    assertEquals("6 findings: 1 ERR, 2 WARN, 3 INFO", lines[6]);
  }

  @Test
  void theAppwriteSpecAndItsAsyncApi30ConversionHaveNoFindings() {
    String original = "../specs/appwrite-realtime.yaml";
    String converted = "../generator-core/src/test/resources/specs/v3/appwrite-realtime-3.0.yaml";

    CliRun run = CliRun.of("diff", "--fail-on", "INFO", original, converted);

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", run.out());
  }

  @Test
  void anAsyncApi30ChannelThatMovedFailsWithItsBuilderMethod(@TempDir Path dir) throws IOException {
    String spec = """
        asyncapi: 3.0.0
        info: {title: t, version: '1'}
        channels:
          events:
            address: events.{id}
            parameters: {id: {}}
            messages: {event: {payload: {type: string}}}
        operations:
          sendEvent: {action: send, channel: {$ref: '#/channels/events'}}
        """;
    Path before = Files.writeString(dir.resolve("old.yaml"), spec);
    Path after = Files.writeString(dir.resolve("new.yaml"), spec.replace("address: events.{id}", "address: news.{id}"));

    CliRun run = CliRun.of("diff", before.toString(), after.toString());

    assertEquals(3, run.exitCode(), run.out() + run.err());
    assertEquals("new.yaml:4:3: ERR CHANNEL_ADDRESS_CHANGED events: address 'events.{id}' became 'news.{id}'\n"
        + "1 finding: 1 ERR, 0 WARN, 0 INFO\n", run.out());
  }

  @Test
  void failOnSetsTheThreshold() {
    assertEquals(0, CliRun.of("diff", "--fail-on", "NONE", OLD, NEW).exitCode());
    assertEquals(3, CliRun.of("diff", "--fail-on", "WARN", OLD, NEW).exitCode());
    assertEquals(0, CliRun.of("diff", "--fail-on", "INFO", OLD, OLD).exitCode());
  }

  @Test
  void closedEnumsMakeTheNewStatusBreaking() {
    CliRun run = CliRun.of("diff", "--closed-enums", OLD, NEW);
    assertTrue(run.out().contains(": ERR ENUM_VALUE_ADDED Execution.status: enum value 'scheduled' added"),
        run.out());
    assertTrue(run.out().endsWith("6 findings: 2 ERR, 1 WARN, 3 INFO\n"), run.out());
  }

  @Test
  void jsonIsOneEscapedObject(@TempDir Path dir) throws IOException {
    Path before = Files.writeString(dir.resolve("old.yaml"), SPEC);
    Path after = Files.writeString(dir.resolve("new.yaml"), SPEC + "            'say \"hi\"': {type: string}\n");
    CliRun run = CliRun.of("diff", "--format", "json", before.toString(), after.toString());
    assertEquals(0, run.exitCode(), run.err());
    // Paths outside the working directory show as file names only.
    assertTrue(run.out().startsWith("{\"old\":\"old.yaml\",\"new\":\"new.yaml\","
        + "\"findings\":[{\"rule\":\"PROPERTY_ADDED\",\"level\":\"WARN\","
        + "\"subject\":\"events subscribe.payload.say \\\"hi\\\"\",\"message\":\"events subscribe.payload.say "
        + "\\\"hi\\\": property added (reaches events)\",\"file\":\"new.yaml\",\"line\":11,\"column\":13,"
        + "\"fingerprint\":\""), run.out());
    assertTrue(run.out().endsWith("\"summary\":{\"findings\":1,\"ERR\":0,\"WARN\":1,\"INFO\":0,"
        + "\"failOn\":\"ERR\",\"failed\":false}}\n"), run.out());
  }

  @Test
  void markdownListsBreakingChangesFirst() {
    CliRun run = CliRun.of("diff", "--format", "markdown", OLD, NEW);
    assertEquals(3, run.exitCode());
    String out = run.out();
    assertTrue(out.startsWith("# API changes: `" + OLD + "` → `" + NEW + "`\n\n6 findings: 1 ERR, 2 WARN, 3 INFO\n"),
        out);
    int breaking = out.indexOf("## Breaking changes (ERR)");
    int mayBreak = out.indexOf("## Changes that may break (WARN)");
    int safe = out.indexOf("## Safe changes (INFO)");
    assertTrue(breaking > 0 && breaking < mayBreak && mayBreak < safe, out);
    assertTrue(out.contains("- **CHANNEL_REMOVED** files.{fileId}: channel removed\n"
        + "  - Wire: reader (received on files.{fileId}): NEW producers no longer send on it\n"
        + "  - Java: Channels.files(String) removed\n"), out);
  }

  @Test
  void aBrokenSpecExitsOneWithTheValidateLines(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), SPEC.replace("{type: string}",
        "{$ref: '#/components/schemas/Missing'}"));
    CliRun run = CliRun.of("diff", OLD, broken.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().startsWith("broken.yaml:10:24: error: $ref target"), run.err());
    assertTrue(!run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void aBadCommandLineExitsTwo() {
    assertEquals(2, CliRun.of("diff", OLD).exitCode());
    assertEquals(2, CliRun.of("diff", "--fail-on", "SOMETIMES", OLD, NEW).exitCode());
    assertEquals(2, CliRun.of("diff", "--format", "xml", OLD, NEW).exitCode());
    assertEquals(2, CliRun.of("diff", "--date-time-type", "Calendar", OLD, NEW).exitCode());
  }

  @Test
  void helpDocumentsIt() {
    CliRun run = CliRun.of("help", "diff");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: asyncgen diff [-hV]"), run.out());
    assertTrue(run.out().contains("--fail-on=LEVEL"), run.out());
    assertTrue(run.out().contains("Exit code 0 when no finding is at or above --fail-on, 3 when one is"), run.out());
  }

  /** The usual layout, the baseline in a folder beside the spec, both outside the working directory. */
  @Test
  void twoSpecsOfOneFileNameAreToldApart(@TempDir Path dir) throws IOException {
    Path before = Files.writeString(Files.createDirectories(dir.resolve("api/baseline")).resolve("x.yaml"), SPEC);
    Path after = Files.writeString(dir.resolve("api/x.yaml"), SPEC.replace("id: {type: string}", "name: {type: string}"));
    CliRun run = CliRun.of("diff", "--fail-on", "NONE", before.toString(), after.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("api/x.yaml:10:"), run.out());
    assertTrue(run.out().contains("\nbaseline/x.yaml:10:"), run.out());
  }

  @Test
  void jsonStaysJsonWhenASpecIsBroken(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), SPEC.replace("{type: string}",
        "{$ref: '#/components/schemas/Missing'}"));
    CliRun run = CliRun.of("diff", "--format", "json", OLD, broken.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("{\"old\":\"" + OLD + "\",\"new\":\"broken.yaml\",\"valid\":false,"
        + "\"errors\":1,\"warnings\":0,\"diagnostics\":[{\"severity\":\"error\",\"file\":\"broken.yaml\","
        + "\"line\":10,\"column\":24,\"message\":\"$ref target"), run.out());
    assertTrue(run.out().endsWith("}]}\n"), run.out());
  }
}
