package dev.asyncgen.core.diff;

import static dev.asyncgen.core.diff.DiffSpecs.BASE;
import static dev.asyncgen.core.diff.DiffSpecs.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatCheckTest {
  /** A removed property (ERR) and an added enum value (WARN). */
  private static DiffReport breaking(Path dir) {
    return DiffSpecs.diff(dir, BASE, replace(replace(BASE, "        note: {type: string, description: A note.}\n", ""),
        "enum: [waiting, done]", "enum: [waiting, done, scheduled]"));
  }

  @Test
  void failsOnUnacceptedFindingsAtOrAboveTheLevel(@TempDir Path dir) {
    DiffReport report = breaking(dir);
    assertEquals("[PROPERTY_REMOVED]", CompatCheck.of(report, AcceptedChanges.none(), Level.ERR).failing().stream()
        .map(Finding::rule).toList().toString());
    assertEquals(2, CompatCheck.of(report, AcceptedChanges.none(), Level.WARN).failing().size());
    assertFalse(CompatCheck.of(report, AcceptedChanges.none(), null).failed());
  }

  @Test
  void acceptedFingerprintsPassAndStaleOnesAreReported(@TempDir Path dir) throws Exception {
    DiffReport report = breaking(dir);
    Finding removed = report.findings().stream().filter(f -> f.rule() == Rule.PROPERTY_REMOVED).findFirst()
        .orElseThrow();
    Path file = Files.writeString(dir.resolve("accepted.txt"), "# accepted changes\n\n"
        + AcceptedChanges.acceptLine(removed) + ": nobody reads it\n0123456789ab gone long ago\n");
    CompatCheck check = CompatCheck.of(report, AcceptedChanges.read(file, "accepted.txt"), Level.ERR);
    assertFalse(check.failed());
    assertEquals("[accepted.txt:4:1]", check.stale().toString());
  }

  @Test
  void aMalformedLineIsAnErrorWithItsPosition(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("accepted.txt"), "# ok\n8ec6e53de1e0\nnot-a-fingerprint why\n");
    SpecException error = assertThrows(SpecException.class, () -> AcceptedChanges.read(file, "accepted.txt"));
    assertEquals(2, error.diagnostics().size());
    assertTrue(error.getMessage().startsWith("accepted.txt:2:1: error: expected 'FINGERPRINT reason'"),
        error.getMessage());
  }

  @Test
  void aMissingFileAcceptsNothing(@TempDir Path dir) {
    assertTrue(AcceptedChanges.read(dir.resolve("none.txt"), "none.txt").lines().isEmpty());
  }
}
