package dev.asyncgen.core.output;

import static dev.asyncgen.core.output.OutputWriterTest.LONG_AGO;
import static dev.asyncgen.core.output.OutputWriterTest.asGiven;
import static dev.asyncgen.core.output.OutputWriterTest.files;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertEquals(List.of("Bar.java", "io/acme/Foo.java"), lines.subList(1, lines.size()));
  }

  @Test
  void deletesFilesNoLongerGeneratedAndTheFoldersThatBecameEmpty() throws IOException {
    writer.write(files("io/acme/model/Foo.java", "foo", "io/acme/Keep.java", "keep", "old/Gone.java", "gone"));

    WriteSummary summary = writer.write(files("io/acme/Keep.java", "keep"));

    assertEquals(List.of("io/acme/model/Foo.java", "old/Gone.java"), summary.removed());
    assertEquals(
        List.of("", ".asyncgen", ".asyncgen/manifest.txt", "io", "io/acme", "io/acme/Keep.java"),
        List.copyOf(TreeSnapshot.of(out).keySet()));
    List<String> manifest = Files.readAllLines(out.resolve(".asyncgen/manifest.txt"));
    assertEquals(List.of("io/acme/Keep.java"), manifest.subList(1, manifest.size()));
  }

  @Test
  void keepsTheOutputDirectoryItselfWhenNothingIsGeneratedAnyMore() throws IOException {
    writer.write(files("Foo.java", "foo"));

    WriteSummary summary = writer.write(files());

    assertEquals(List.of("Foo.java"), summary.removed());
    assertEquals(List.of("", ".asyncgen", ".asyncgen/manifest.txt"), List.copyOf(TreeSnapshot.of(out).keySet()));
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
    SpecException e = assertThrows(SpecException.class, () -> writer.write(
        files("io/Gen.java", "v2", "io/New.java", "new", "io/Foo.java", "generated Foo")));

    assertEquals("error: " + out.resolve("io/Foo.java") + " exists and was not written by asyncgen; "
        + "move it away or choose another output directory", e.getMessage());
    assertEquals(before, TreeSnapshot.of(out));
  }

  @Test
  void reportsEveryFileInTheWayAtOnceSorted() throws IOException {
    Files.createDirectories(out.resolve("b"));
    Files.writeString(out.resolve("b/B.java"), "mine");
    Files.createDirectories(out.resolve("a"));
    Files.writeString(out.resolve("a/A.java"), "mine too");

    SpecException e = assertThrows(SpecException.class,
        () -> writer.write(files("b/B.java", "generated", "a/A.java", "generated")));

    assertEquals(
        List.of(out.resolve("a/A.java") + " exists and was not written by asyncgen; "
                + "move it away or choose another output directory",
            out.resolve("b/B.java") + " exists and was not written by asyncgen; "
                + "move it away or choose another output directory"),
        e.diagnostics().stream().map(Diagnostic::message).toList());
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
  void replacesAGeneratedFileTheUserEdited() throws IOException {
    writer.write(files("Foo.java", "generated"));
    Files.writeString(out.resolve("Foo.java"), "edited by hand");

    WriteSummary summary = writer.write(files("Foo.java", "generated"));

    assertEquals(List.of("Foo.java"), summary.written());
    assertEquals("generated", Files.readString(out.resolve("Foo.java")));
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
        "# tampered\nFoo.java\n../outside.txt\nio/../../outside.txt\n" + absolute + "\n");

    WriteSummary summary = writer.write(files());

    assertEquals(List.of("Foo.java"), summary.removed());
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

    SpecException e = assertThrows(SpecException.class, () -> writer.write(files("io/Foo.java", "foo")));

    assertEquals("error: " + out.resolve("io") + " is a file where asyncgen needs a directory; "
        + "move it away or choose another output directory", e.getMessage());
    assertEquals("mine", Files.readString(out.resolve("io")));
  }

  @Test
  void refusesWhenAFolderStandsWhereAFileIsNeeded() throws IOException {
    writer.write(files("Foo.java", "foo"));
    Files.delete(out.resolve("Foo.java"));
    Files.createDirectories(out.resolve("Foo.java"));
    Map<String, String> before = TreeSnapshot.of(out);

    SpecException e = assertThrows(SpecException.class, () -> writer.write(files("Foo.java", "foo")));

    assertEquals("error: " + out.resolve("Foo.java") + " is a directory where asyncgen needs to write a file; "
        + "move it away or choose another output directory", e.getMessage());
    assertEquals(before, TreeSnapshot.of(out));
  }

  @Test
  void refusesWhenAFileStandsWhereTheManifestFolderGoes() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve(".asyncgen"), "mine");

    SpecException e = assertThrows(SpecException.class, () -> writer.write(files("Foo.java", "foo")));

    assertEquals("error: " + out.resolve(".asyncgen") + " is a file where asyncgen keeps its manifest; move it away",
        e.getMessage());
    assertFalse(Files.exists(out.resolve("Foo.java")));
  }

  @Test
  void refusesWhenAFolderStandsWhereTheManifestGoes() throws IOException {
    Files.createDirectories(out.resolve(".asyncgen/manifest.txt"));

    SpecException e = assertThrows(SpecException.class, () -> writer.write(files("Foo.java", "foo")));

    assertEquals("error: " + out.resolve(".asyncgen/manifest.txt")
        + " is a directory where asyncgen keeps its manifest; move it away", e.getMessage());
    assertFalse(Files.exists(out.resolve("Foo.java")));
  }

  @Test
  void anInterruptedRunStillOwnsTheFilesItWrote() throws IOException {
    // Fails on creating the file with the too long name, after a/A.java was written.
    String tooLong = "b/" + "x".repeat(300) + ".java";
    assertThrows(SpecException.class, () -> writer.write(files("a/A.java", "v1", tooLong, "b")));
    assertEquals("v1", Files.readString(out.resolve("a/A.java")));

    // The spec changed meanwhile: A.java is still asyncgen's to replace.
    WriteSummary summary = writer.write(files("a/A.java", "v2"));

    assertEquals(List.of("a/A.java"), summary.written());
    assertEquals("v2", Files.readString(out.resolve("a/A.java")));
  }
}
