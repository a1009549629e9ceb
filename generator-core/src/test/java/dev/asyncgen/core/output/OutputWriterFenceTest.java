package dev.asyncgen.core.output;

import static dev.asyncgen.core.output.OutputWriterTest.asGiven;
import static dev.asyncgen.core.output.OutputWriterTest.files;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.load.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Nothing outside the output directory is written or deleted through a symbolic link inside it. */
class OutputWriterFenceTest {
  @TempDir Path temp;
  Path out;
  Path elsewhere;
  OutputWriter writer;

  @BeforeEach
  void setUp() throws IOException {
    out = asGiven(temp.resolve("out"));
    elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("Foo.java"), "the user's own Foo");
    writer = new OutputWriter(out);
  }

  @Test
  void neverDeletesThroughALinkAManifestEntryPassesThrough() throws IOException {
    writer.write(files("Keep.java", "keep"));
    Files.createSymbolicLink(out.resolve("link"), elsewhere.toAbsolutePath());
    // Even an entry whose hash matches the file behind the link.
    appendToManifest(Sha256.hex("the user's own Foo".getBytes(UTF_8)) + " link/Foo.java\n");

    WriteSummary summary = writer.write(files("Keep.java", "keep"));

    assertEquals("the user's own Foo", Files.readString(elsewhere.resolve("Foo.java")));
    assertEquals(List.of(), summary.removed());
    assertEquals(List.of("ignored manifest entry \"link/Foo.java\": " + out.resolve("link")
        + " is a symbolic link, which asyncgen does not follow"), summary.warnings());
  }

  @Test
  void refusesToWriteThroughALinkedPackageFolder() throws IOException {
    Files.createDirectories(out.resolve("com"));
    Files.createSymbolicLink(out.resolve("com/example"), elsewhere.toAbsolutePath());
    Map<String, String> before = TreeSnapshot.of(temp);

    OutputException e = assertThrows(OutputException.class,
        () -> writer.write(files("com/example/Foo.java", "generated", "com/example/Bar.java", "generated")));

    assertEquals(List.of(out.resolve("com/example") + " is a symbolic link, which asyncgen neither follows nor"
        + " replaces inside the output directory; remove it or choose another output directory"), e.problems());
    assertEquals(before, TreeSnapshot.of(temp));
  }

  @Test
  void refusesALinkedBookkeepingFolder() throws IOException {
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve(".asyncgen"), elsewhere.toAbsolutePath());
    Map<String, String> before = TreeSnapshot.of(temp);

    OutputException e = assertThrows(OutputException.class, () -> writer.write(files("Foo.java", "generated")));

    assertEquals(List.of(out.resolve(".asyncgen") + " is a symbolic link, which asyncgen neither follows nor"
        + " replaces inside the output directory; remove it or choose another output directory"), e.problems());
    assertEquals(before, TreeSnapshot.of(temp));
  }

  @Test
  void refusesToReplaceAGeneratedFileThatBecameALink() throws IOException {
    writer.write(files("Foo.java", "generated"));
    Files.delete(out.resolve("Foo.java"));
    Files.createSymbolicLink(out.resolve("Foo.java"), elsewhere.resolve("Foo.java").toAbsolutePath());

    OutputException e = assertThrows(OutputException.class, () -> writer.write(files("Foo.java", "generated v2")));

    assertTrue(e.getMessage().startsWith(out.resolve("Foo.java") + " is a symbolic link"), e.getMessage());
    assertEquals("the user's own Foo", Files.readString(elsewhere.resolve("Foo.java")));
    assertTrue(Files.isSymbolicLink(out.resolve("Foo.java")));
  }

  @Test
  void writesIntoAnOutputDirectoryThatIsItselfALink() throws IOException {
    Path target = Files.createDirectories(temp.resolve("real-out"));
    Path link = Files.createSymbolicLink(temp.resolve("linked-out"), target.toAbsolutePath());

    new OutputWriter(link).write(files("io/Foo.java", "generated"));
    WriteSummary summary = new OutputWriter(link).write(files("io/Bar.java", "generated"));

    assertEquals(List.of("io/Foo.java"), summary.removed());
    assertEquals("generated", Files.readString(target.resolve("io/Bar.java")));
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang must fail, not block the build
  void refusesToReadAFifoWhereAFileGoesRatherThanHang() throws Exception {
    Files.createDirectories(out);
    Process mkfifo = new ProcessBuilder("mkfifo", out.resolve("Foo.java").toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");

    OutputException e = assertThrows(OutputException.class, () -> writer.write(files("Foo.java", "generated")));

    assertEquals(List.of(out.resolve("Foo.java") + " is a special file where asyncgen needs to write a file;"
        + " move it away or choose another output directory"), e.problems());
  }

  private void appendToManifest(String lines) throws IOException {
    Files.writeString(out.resolve(OutputWriter.MANIFEST), lines, StandardOpenOption.APPEND);
  }
}
