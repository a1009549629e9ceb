package dev.asyncgen.core.diff;

import static dev.asyncgen.core.diff.DiffSpecs.BASE;
import static dev.asyncgen.core.diff.DiffSpecs.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.LoadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
    CompatCheck check = CompatCheck.of(report, AcceptedChanges.read(file, "accepted.txt", LoadLimits.defaults()), Level.ERR);
    assertFalse(check.failed());
    assertEquals("[accepted.txt:4:1]", check.stale().toString());
  }

  @Test
  void aMalformedLineIsAnErrorWithItsPosition(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("accepted.txt"), "# ok\n8ec6e53de1e0\nnot-a-fingerprint why\n");
    SpecException error = assertThrows(SpecException.class, () -> AcceptedChanges.read(file, "accepted.txt", LoadLimits.defaults()));
    assertEquals(2, error.diagnostics().size());
    assertTrue(error.getMessage().startsWith("accepted.txt:2:1: error: expected 'FINGERPRINT reason'"),
        error.getMessage());
  }

  @Test
  void aMissingFileAcceptsNothing(@TempDir Path dir) {
    assertTrue(AcceptedChanges.read(dir.resolve("none.txt"), "none.txt", LoadLimits.defaults()).lines().isEmpty());
  }

  @Test
  void aByteOrderMarkIsSkippedSoTheFirstFingerprintStillMatches(@TempDir Path dir) throws Exception {
    DiffReport report = breaking(dir);
    Finding removed = report.findings().stream().filter(f -> f.rule() == Rule.PROPERTY_REMOVED).findFirst()
        .orElseThrow();
    Path file = Files.writeString(dir.resolve("accepted.txt"), "\uFEFF" + AcceptedChanges.acceptLine(removed) + "\n");
    assertFalse(CompatCheck.of(report, AcceptedChanges.read(file, "accepted.txt", LoadLimits.defaults()), Level.ERR)
        .failed());
  }

  @Test
  void aFileThatIsNotUtf8IsAnErrorAtTheBadByte(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("accepted.txt"), "0123456789ab ok\n0123456789ac caf\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    SpecException error = assertThrows(SpecException.class,
        () -> AcceptedChanges.read(file, "accepted.txt", LoadLimits.defaults()));
    assertEquals("accepted.txt:2:17: error: the file is not valid UTF-8 (byte 0xE9 at offset 32)", error.getMessage());
  }

  @Test
  void aFolderIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("accepted.txt"));
    SpecException error = assertThrows(SpecException.class,
        () -> AcceptedChanges.read(folder, "accepted.txt", LoadLimits.defaults()));
    assertEquals("error: accepted.txt is a directory, not a list of accepted changes", error.getMessage());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("accepted.txt"), "0123456789ab why\n".repeat(100));
    SpecException error = assertThrows(SpecException.class,
        () -> AcceptedChanges.read(file, "accepted.txt", LoadLimits.defaults().withMaxBytes(1000)));
    assertTrue(error.getMessage().startsWith("accepted.txt:1:1: error: the file is 1,700 bytes, over the limit of"
        + " 1,000 bytes"), error.getMessage());
  }

  /** A FIFO would block the build forever, and /dev/zero would fill the memory: neither is read. */
  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFifoOrDeviceIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("accepted.txt");
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    for (Path file : List.of(fifo, Path.of("/dev/zero"))) {
      SpecException error = assertThrows(SpecException.class,
          () -> AcceptedChanges.read(file, "accepted.txt", LoadLimits.defaults()));
      assertEquals("error: accepted.txt is not a regular file (a FIFO, device or socket); asyncgen reads only"
          + " regular files", error.getMessage());
    }
  }
}
