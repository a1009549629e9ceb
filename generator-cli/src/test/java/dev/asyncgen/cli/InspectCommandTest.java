package dev.asyncgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
  private static final String APPWRITE = "../specs/appwrite-realtime.yaml";

  @Test
  void listsEveryChannelWithParametersAndPayloads() {
    CliRun run = CliRun.of("inspect", APPWRITE);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Appwrite Realtime API 1.0.0 (AsyncAPI 2.6.0)\n"), run.out());
    assertTrue(run.out().contains("channels (12)\n"), run.out());
    assertTrue(run.out().contains("""
          databases.{databaseId}.collections.{collectionId}.documents.{documentId}
            parameter databaseId: string
            parameter collectionId: string
            parameter documentId: string
            subscribe subscribeDocument
              message DocumentEvent  payload DocumentEnvelope
        """), run.out());
    for (String envelope : new String[] {"Account", "Document", "File", "Execution", "Team", "Membership"}) {
      assertTrue(run.out().contains("payload " + envelope + "Envelope\n"), envelope);
    }
  }

  @Test
  void showsEventPatternsUnderTheEnvelopeThatDeclaresThem() {
    CliRun run = CliRun.of("inspect", APPWRITE);
    assertTrue(run.out().contains("""
          FileEnvelope  allOf Envelope + object (events, payload)
            events event patterns (3)
              buckets.*.files.*.create
              buckets.*.files.*.update
              buckets.*.files.*.delete
        """), run.out());
  }

  @Test
  void badSpecEndsInOneLineWithItsPositionAndExitCodeOne(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("broken.yaml");
    Files.writeString(spec, "asyncapi: 2.6.0\ninfo: [unclosed\n");
    CliRun run = CliRun.of("inspect", spec.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().matches("(?s)[^\\n]*broken\\.yaml:\\d+:\\d+: error: [^\\n]+\\n"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace");
    assertEquals("", run.out());
  }

  @Test
  void missingFileIsAClearError() {
    CliRun run = CliRun.of("inspect", "no/such/spec.yaml");
    assertEquals(1, run.exitCode());
    assertEquals("error: no/such/spec.yaml does not exist\n", run.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("inspect", "--frobnicate", APPWRITE);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
  }
}
