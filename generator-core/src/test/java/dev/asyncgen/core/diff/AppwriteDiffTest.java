package dev.asyncgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Appwrite spec as upstream really moved (files under buckets, new channels, {@code subscriptions}
 * in the envelope, execution status {@code scheduled}): every change found once, judged as asyncgen
 * generates.
 */
class AppwriteDiffTest {
  static DiffReport appwrite(boolean openEnums) {
    return SpecDiff.diff(new DiffRequest(
        ReadRequest.of(Path.of("src/test/resources/diff/appwrite-old.yaml")).withDisplayPath("appwrite-old.yaml"),
        ReadRequest.of(Path.of("src/test/resources/diff/appwrite-new.yaml")).withDisplayPath("appwrite-new.yaml"),
        GenerationOptions.forPackage("io.appwrite.realtime").withClosedEnums(!openEnums)));
  }

  @Test
  void upstreamMovesAsFindingsSortedByPosition() {
    assertEquals("""
        appwrite-new.yaml:115:3: INFO CHANNEL_ADDED buckets.{bucketId}.files.{fileId}: channel added
        appwrite-new.yaml:131:3: INFO CHANNEL_ADDED documents: channel added
        appwrite-new.yaml:142:3: INFO CHANNEL_ADDED databases.{databaseId}.tables.{tableId}.rows: channel added
        appwrite-new.yaml:499:9: WARN PROPERTY_ADDED Envelope.subscriptions: property added (reaches account, \
        buckets.{bucketId}.files.{fileId}, databases.{databaseId}.collections.{collectionId}.documents, \
        databases.{databaseId}.collections.{collectionId}.documents.{documentId}, \
        databases.{databaseId}.tables.{tableId}.rows, documents, executions, executions.{executionId}, files, \
        files.{fileId}, functions.{functionId}, memberships, memberships.{membershipId}, teams, teams.{teamId})
        appwrite-new.yaml:731:9: WARN ENUM_VALUE_ADDED Execution.status: enum value 'scheduled' added \
        (reaches executions, executions.{executionId}, functions.{functionId})
        appwrite-old.yaml:115:3: ERR CHANNEL_REMOVED files.{fileId}: channel removed
        6 findings: 1 ERR, 2 WARN, 3 INFO
        """, appwrite(true).text());
  }

  @Test
  void theSharedEnvelopeNamesItsInterfaceAndEveryRecordThatFlattensIt() {
    Finding subscriptions = find(appwrite(true), Rule.PROPERTY_ADDED);
    assertEquals("new accessor Envelope.subscriptions() and AccountEnvelope.subscriptions(), "
        + "DocumentEnvelope.subscriptions(), FileEnvelope.subscriptions(), ExecutionEnvelope.subscriptions(), "
        + "TeamEnvelope.subscriptions(), MembershipEnvelope.subscriptions(); the canonical constructor of "
        + "AccountEnvelope, DocumentEnvelope, FileEnvelope, ExecutionEnvelope, TeamEnvelope, MembershipEnvelope "
        + "takes one more argument, so code that constructs it stops compiling", subscriptions.source());
  }

  @Test
  void scheduledBreaksOldConsumersOnlyWithClosedEnums() {
    Finding open = find(appwrite(true), Rule.ENUM_VALUE_ADDED);
    Finding closed = find(appwrite(false), Rule.ENUM_VALUE_ADDED);
    assertEquals(Level.WARN, open.level());
    assertEquals("reader (received on executions, executions.{executionId}, functions.{functionId}): "
        + "OLD consumers keep it as an unknown value", open.wire());
    assertEquals(Level.ERR, closed.level());
    assertEquals("reader (received on executions, executions.{executionId}, functions.{functionId}): "
        + "OLD consumers fail to decode it (closed enums)", closed.wire());
    assertEquals(open.fingerprint(), closed.fingerprint(), "the verdict is not the changed thing");
    assertEquals("new constant Execution.Status.SCHEDULED: a switch over Execution.Status.Known "
        + "without default stops compiling", open.source());
    assertEquals("new constant Execution.Status.SCHEDULED: a switch over Execution.Status "
        + "without default stops compiling", closed.source(), "closed enums have no Known");
  }

  @Test
  void removedChannelNamesItsBuilderMethod() {
    assertEquals("Channels.files(String) removed", find(appwrite(true), Rule.CHANNEL_REMOVED).source());
    assertEquals("new builder method Channels.buckets(String).files(String)",
        appwrite(true).findings().get(0).source());
  }

  @Test
  void fingerprintsAreDistinct() {
    List<String> fingerprints = appwrite(true).findings().stream().map(Finding::fingerprint).toList();
    assertEquals(fingerprints.size(), fingerprints.stream().distinct().count(), fingerprints.toString());
  }

  @Test
  void aSpecAgainstItselfHasNoFindings() {
    ReadRequest spec = ReadRequest.of(Path.of("src/test/resources/diff/appwrite-old.yaml"));
    DiffReport report = SpecDiff.diff(new DiffRequest(spec, spec, GenerationOptions.forPackage("a.b")));
    assertEquals("0 findings: 0 ERR, 0 WARN, 0 INFO\n", report.text());
  }

  private static Finding find(DiffReport report, Rule rule) {
    return report.findings().stream().filter(f -> f.rule() == rule).findFirst().orElseThrow();
  }
}
