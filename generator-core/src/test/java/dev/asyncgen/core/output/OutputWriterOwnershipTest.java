package dev.asyncgen.core.output;

import static dev.asyncgen.core.output.OutputWriterTest.LONG_AGO;
import static dev.asyncgen.core.output.OutputWriterTest.asGiven;
import static dev.asyncgen.core.output.OutputWriterTest.files;
import static dev.asyncgen.core.output.OutputWriterTest.manifestPaths;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.load.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest: which files asyncgen may replace or delete, and which belong to the user. */
class OutputWriterOwnershipTest {
  @TempDir Path temp;
  Path out;
  OutputWriter writer;

  @BeforeEach
  void setUp() {
    out = asGiven(temp.resolve("out"));
    writer = new OutputWriter(out);
  }

  @Test
  void writesAManifestOfTheGeneratedFiles() throws IOException {
    writer.write(files("io/acme/Foo.java", "foo", "Bar.java", "bar"));

    List<String> lines = Files.readAllLines(out.resolve(".asyncgen/manifest.txt"));
    assertTrue(lines.get(0).startsWith("#"), lines.get(0));
    assertEquals(List.of(Sha256.hex("bar".getBytes(UTF_8)) + " Bar.java",
        Sha256.hex("foo".getBytes(UTF_8)) + " io/acme/Foo.java"), lines.subList(1, lines.size()));
  }

  @Test
  void deletesFilesNoLongerGeneratedAndTheFoldersThatBecameEmpty() throws IOException {
    writer.write(files("io/acme/model/Foo.java", "foo", "io/acme/Keep.java", "keep", "old/Gone.java", "gone"));

    WriteSummary summary = writer.write(files("io/acme/Keep.java", "keep"));

    assertEquals(List.of("io/acme/model/Foo.java", "old/Gone.java"), summary.removed());
    assertEquals(
        List.of("", ".asyncgen", ".asyncgen/lock", ".asyncgen/manifest.txt", "io", "io/acme", "io/acme/Keep.java"),
        List.copyOf(TreeSnapshot.of(out).keySet()));
    assertEquals(List.of("io/acme/Keep.java"), manifestPaths(out));
  }

  @Test
  void keepsTheOutputDirectoryItselfWhenNothingIsGeneratedAnyMore() throws IOException {
    writer.write(files("Foo.java", "foo"));

    WriteSummary summary = writer.write(files());

    assertEquals(List.of("Foo.java"), summary.removed());
    assertEquals(List.of("", ".asyncgen", ".asyncgen/lock", ".asyncgen/manifest.txt"),
        List.copyOf(TreeSnapshot.of(out).keySet()));
  }

  @Test
  void neverTouchesUserFilesEvenInsideGeneratedFolders() throws IOException {
    writer.write(files("io/acme/Foo.java", "foo", "io/acme/Bar.java", "bar"));
    Files.writeString(out.resolve("io/acme/Mine.java"), "mine");
    Files.writeString(out.resolve("notes.txt"), "my notes");
    Files.createDirectories(out.resolve("empty-but-mine"));
    Files.setLastModifiedTime(out.resolve("io/acme/Mine.java"), LONG_AGO);
    Files.setLastModifiedTime(out.resolve("notes.txt"), LONG_AGO);
    Map<String, String> userFiles = userEntries(TreeSnapshot.of(out));

    WriteSummary summary = writer.write(files("other/Baz.java", "baz"));

    assertEquals(List.of("io/acme/Bar.java", "io/acme/Foo.java"), summary.removed());
    assertEquals(userFiles, userEntries(TreeSnapshot.of(out)));
    assertTrue(Files.isDirectory(out.resolve("io/acme")), "still holds the user's file");
    assertFalse(Files.exists(out.resolve("io/acme/Foo.java")));
  }

  private static Map<String, String> userEntries(Map<String, String> snapshot) {
    return Map.of(
        "io/acme/Mine.java", snapshot.get("io/acme/Mine.java"),
        "notes.txt", snapshot.get("notes.txt"),
        "empty-but-mine", snapshot.get("empty-but-mine"));
  }

  @Test
  void refusesToOverwriteAFileItDidNotWriteAndChangesNothing() throws IOException {
    writer.write(files("io/Gen.java", "v1", "io/Old.java", "old"));
    Files.writeString(out.resolve("io/Foo.java"), "the user's own Foo");
    Map<String, String> before = TreeSnapshot.of(out);

    // This run would also change, add and delete generated files: none of that may happen.
    OutputException e = assertThrows(OutputException.class, () -> writer.write(
        files("io/Gen.java", "v2", "io/New.java", "new", "io/Foo.java", "generated Foo")));

    assertEquals(out.resolve("io/Foo.java") + " exists and was not written by asyncgen; "
        + "move it away or choose another output directory", e.getMessage());
    assertEquals(before, TreeSnapshot.of(out));
  }

  @Test
  void reportsEveryFileInTheWayAtOnceSorted() throws IOException {
    Files.createDirectories(out.resolve("b"));
    Files.writeString(out.resolve("b/B.java"), "mine");
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/A.java"), "mine too");

    OutputException e = assertThrows(OutputException.class,
        () -> writer.write(files("b/B.java", "generated", "a/A.java", "generated")));

    assertEquals(
        List.of(out.resolve("a/A.java") + " exists and was not written by asyncgen; "
                + "move it away or choose another output directory",
            out.resolve("b/B.java") + " exists and was not written by asyncgen; "
                + "move it away or choose another output directory"),
        e.problems());
  }

  @Test
  void adoptsAnIdenticalFileItDidNotWrite() throws IOException {
    Files.createDirectories(out.resolve("io"));
    Files.writeString(out.resolve("io/Foo.java"), "foo");
    Files.setLastModifiedTime(out.resolve("io/Foo.java"), LONG_AGO);

    WriteSummary summary = writer.write(files("io/Foo.java", "foo"));

    assertEquals(List.of("io/Foo.java"), summary.unchanged());
    assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("io/Foo.java")));
    // Now it is asyncgen's: the next run that no longer generates it deletes it.
    assertEquals(List.of("io/Foo.java"), writer.write(files()).removed());
  }

  @Test
  void leavesAGeneratedFileTheUserEditedAloneAndSaysSo() throws IOException {
    writer.write(files("Foo.java", "generated"));
    Files.writeString(out.resolve("Foo.java"), "edited by hand");

    WriteSummary summary = writer.write(files("Foo.java", "generated again"));

    assertEquals(List.of(), summary.written());
    assertEquals("edited by hand", Files.readString(out.resolve("Foo.java")));
    assertEquals(List.of(out.resolve("Foo.java") + " was changed since asyncgen generated it, so it was left as it"
        + " is; delete it to have asyncgen generate it again"), summary.warnings());
  }

  @Test
  void acceptsGeneratedFilesTheUserDeleted() throws IOException {
    writer.write(files("io/Gone.java", "gone", "io/Back.java", "back"));
    Files.delete(out.resolve("io/Gone.java"));
    Files.delete(out.resolve("io/Back.java"));

    WriteSummary summary = writer.write(files("io/Back.java", "back"));

    assertEquals(List.of(), summary.removed());
    assertEquals(List.of("io/Back.java"), summary.written());
    assertEquals("back", Files.readString(out.resolve("io/Back.java")));
  }

  @Test
  void ignoresManifestEntriesThatWouldLeaveTheDirectory() throws IOException {
    Files.writeString(temp.resolve("outside.txt"), "not yours");
    Path absolute = temp.resolve("absolute.txt").toAbsolutePath();
    Files.writeString(absolute, "not yours either");
    writer.write(files("Foo.java", "foo"));
    Files.writeString(out.resolve(".asyncgen/manifest.txt"),
        "# tampered\n" + Sha256.hex("foo".getBytes(UTF_8)) + " Foo.java\n../outside.txt\nio/../../outside.txt\n"
        + absolute + "\n", StandardOpenOption.APPEND);

    WriteSummary summary = writer.write(files());

    assertEquals(List.of("Foo.java"), summary.removed());
    Path manifest = out.resolve(".asyncgen/manifest.txt");
    assertEquals(List.of("ignored manifest entry \"../outside.txt\" has a '..' segment in " + manifest,
        "ignored manifest entry \"io/../../outside.txt\" has a '..' segment in " + manifest,
        "ignored manifest entry \"" + absolute + "\" is absolute in " + manifest), summary.warnings());
    assertEquals("not yours", Files.readString(temp.resolve("outside.txt")));
    assertEquals("not yours either", Files.readString(absolute));
  }

  @Test
  void leavesAFolderAloneThatTheManifestCallsAFile() throws IOException {
    writer.write(files("io", "generated file"));
    Files.delete(out.resolve("io"));
    Files.createDirectories(out.resolve("io"));

    WriteSummary summary = writer.write(files());

    assertEquals(List.of(), summary.removed());
    assertTrue(Files.isDirectory(out.resolve("io")));
  }

  @Test
  void turnsAGeneratedFileIntoAFolderOfGeneratedFiles() throws IOException {
    writer.write(files("io", "generated file"));

    WriteSummary summary = writer.write(files("io/Foo.java", "foo"));

    assertEquals(List.of("io"), summary.removed());
    assertEquals("foo", Files.readString(out.resolve("io/Foo.java")));
  }

  @Test
  void refusesWhenAUserFileStandsWhereAFolderIsNeeded() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("io"), "mine");

    OutputException e = assertThrows(OutputException.class, () -> writer.write(files("io/Foo.java", "foo")));

    assertEquals(out.resolve("io") + " is a file where asyncgen needs a directory; "
        + "move it away or choose another output directory", e.getMessage());
    assertEquals("mine", Files.readString(out.resolve("io")));
  }

  @Test
  void refusesWhenAFolderStandsWhereAFileIsNeeded() throws IOException {
    writer.write(files("Foo.java", "foo"));
    Files.delete(out.resolve("Foo.java"));
    Files.createDirectories(out.resolve("Foo.java"));
    Map<String, String> before = TreeSnapshot.of(out);

    OutputException e = assertThrows(OutputException.class, () -> writer.write(files("Foo.java", "foo")));

    assertEquals(out.resolve("Foo.java") + " is a directory where asyncgen needs to write a file; "
        + "move it away or choose another output directory", e.getMessage());
    assertEquals(before, TreeSnapshot.of(out));
  }

  @Test
  void refusesWhenAFileStandsWhereTheManifestFolderGoes() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve(".asyncgen"), "mine");

    OutputException e = assertThrows(OutputException.class, () -> writer.write(files("Foo.java", "foo")));

    assertEquals(out.resolve(".asyncgen") + " is a file where asyncgen keeps its manifest; move it away",
        e.getMessage());
    assertFalse(Files.exists(out.resolve("Foo.java")));
  }

  @Test
  void refusesWhenAFolderStandsWhereTheManifestGoes() throws IOException {
    Files.createDirectories(out.resolve(".asyncgen/manifest.txt"));

    OutputException e = assertThrows(OutputException.class, () -> writer.write(files("Foo.java", "foo")));

    assertEquals(out.resolve(".asyncgen/manifest.txt")
        + " is a directory where asyncgen keeps its manifest; move it away", e.getMessage());
    assertFalse(Files.exists(out.resolve("Foo.java")));
  }

  @Test
  void anInterruptedRunStillOwnsTheFilesItWrote() throws IOException {
    // Fails on creating the file with the too long name, after a/A.java was written.
    String tooLong = "b/" + "x".repeat(300) + ".java";
    assertThrows(OutputException.class, () -> writer.write(files("a/A.java", "v1", tooLong, "b")));
    assertEquals("v1", Files.readString(out.resolve("a/A.java")));

    // The spec changed meanwhile: A.java is still asyncgen's to replace.
    WriteSummary summary = writer.write(files("a/A.java", "v2"));

    assertEquals(List.of("a/A.java"), summary.written());
    assertEquals("v2", Files.readString(out.resolve("a/A.java")));
  }

  @Test
  void leavesAFileNoLongerGeneratedThatTheUserEditedAndSaysSo() throws IOException {
    writer.write(files("io/Gone.java", "generated", "Keep.java", "keep"));
    Files.writeString(out.resolve("io/Gone.java"), "edited by hand");

    WriteSummary summary = writer.write(files("Keep.java", "keep"));

    assertEquals(List.of(), summary.removed());
    assertEquals("edited by hand", Files.readString(out.resolve("io/Gone.java")));
    assertEquals(List.of(out.resolve("io/Gone.java") + " is no longer generated, but was changed since asyncgen"
        + " generated it, so it was left in place; delete it if you no longer need it"), summary.warnings());
    assertEquals(List.of("Keep.java"), manifestPaths(out), "no longer asyncgen's");
  }

  @Test
  void aFileTheUserRestoredIsAsyncgensAgain() throws IOException {
    writer.write(files("Foo.java", "generated"));
    Files.writeString(out.resolve("Foo.java"), "edited by hand");
    writer.write(files("Foo.java", "generated v2"));
    Files.writeString(out.resolve("Foo.java"), "generated");

    WriteSummary summary = writer.write(files("Foo.java", "generated v2"));

    assertEquals(List.of("Foo.java"), summary.written());
    assertEquals("generated v2", Files.readString(out.resolve("Foo.java")));
  }

  @Test
  void anOlderManifestWithoutHashesOwnsOnlyFilesThatAreAlreadyAsGenerated() throws IOException {
    Files.createDirectories(out.resolve(".asyncgen"));
    Files.writeString(out.resolve("Same.java"), "same");
    Files.writeString(out.resolve("Differs.java"), "older output, or edited");
    Files.writeString(out.resolve("Gone.java"), "older output, or edited");
    Files.writeString(out.resolve(OutputWriter.MANIFEST),
        "# Written by asyncgen: files it generated here\nDiffers.java\nGone.java\nSame.java\n");

    WriteSummary summary = writer.write(files("Same.java", "same", "Differs.java", "new output"));

    assertEquals(List.of("Same.java"), summary.unchanged());
    assertEquals(List.of(), summary.written());
    assertEquals(List.of(), summary.removed());
    assertEquals("older output, or edited", Files.readString(out.resolve("Differs.java")));
    assertEquals("older output, or edited", Files.readString(out.resolve("Gone.java")));
    assertEquals(List.of(
        out.resolve("Differs.java") + " is listed by an older asyncgen without a content hash and differs from what"
            + " is generated now, so it was left as it is; delete it to have asyncgen generate it again",
        out.resolve("Gone.java") + " is no longer generated, but is listed by an older asyncgen without a content"
            + " hash, so it was left in place; delete it if you no longer need it"), summary.warnings());
    List<String> manifest = Files.readAllLines(out.resolve(OutputWriter.MANIFEST));
    assertEquals(List.of("Differs.java", Sha256.hex("same".getBytes(UTF_8)) + " Same.java"),
        manifest.subList(1, manifest.size()));
  }

  @Test
  void aFailedWriteLeavesAManifestOfExactlyWhatIsOnDisk() throws IOException {
    writer.write(files("a/A.java", "v1", "d/Old.java", "old"));
    // Deletes d/Old.java, then fails on the too long name: after writing a/A.java, before c/New.java.
    String tooLong = "b/" + "x".repeat(300) + ".java";

    OutputException e = assertThrows(OutputException.class,
        () -> writer.write(files("a/A.java", "v2", tooLong, "b", "c/New.java", "new")));

    assertEquals("cannot write " + out.resolve(tooLong) + ": File name too long", e.getMessage());
    List<String> manifest = Files.readAllLines(out.resolve(OutputWriter.MANIFEST));
    assertEquals(List.of(Sha256.hex("v2".getBytes(UTF_8)) + " a/A.java"), manifest.subList(1, manifest.size()));
    assertFalse(Files.exists(out.resolve("c/New.java")));
    assertFalse(Files.exists(out.resolve("d/Old.java")));
    assertFalse(Files.exists(out.resolve(".asyncgen/journal.txt")));
  }
}
