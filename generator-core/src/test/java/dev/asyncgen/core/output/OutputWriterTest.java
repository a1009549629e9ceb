package dev.asyncgen.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing files, checking paths and checking the output directory. */
class OutputWriterTest {
  static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));

  @TempDir Path temp;

  @Test
  void createsTheMissingOutputDirectoryAndWritesEveryFile() throws IOException {
    Path out = temp.resolve("target/generated/out");

    WriteSummary summary = new OutputWriter(out).write(files(
        "io/acme/Foo.java", "class Foo {}\n",
        "README.txt", "read me\n"));

    assertEquals("class Foo {}\n", Files.readString(out.resolve("io/acme/Foo.java")));
    assertEquals("read me\n", Files.readString(out.resolve("README.txt")));
    assertEquals(List.of("README.txt", "io/acme/Foo.java"), summary.written());
    assertEquals(List.of(), summary.unchanged());
    assertEquals(List.of(), summary.removed());
    // Nothing else, such as a temporary file, is left behind.
    assertEquals(
        List.of("", ".asyncgen", ".asyncgen/lock", ".asyncgen/manifest.txt", "README.txt", "io", "io/acme",
            "io/acme/Foo.java"),
        List.copyOf(TreeSnapshot.of(out).keySet()));
  }

  @Test
  void writesTheContentExactlyAsGivenInUtf8() throws IOException {
    String text = "windows\r\nunix\nno newline at end: é €";

    new OutputWriter(temp).write(files("Foo.java", text));

    assertArrayEquals(text.getBytes(UTF_8), Files.readAllBytes(temp.resolve("Foo.java")));
  }

  @Test
  void doesNotRewriteFilesWhoseContentIsAlreadyRight() throws IOException {
    OutputWriter writer = new OutputWriter(temp);
    writer.write(files("a/Same.java", "same\n", "a/Changed.java", "old\n"));
    Files.setLastModifiedTime(temp.resolve("a/Same.java"), LONG_AGO);
    Files.setLastModifiedTime(temp.resolve("a/Changed.java"), LONG_AGO);

    WriteSummary summary = writer.write(files("a/Same.java", "same\n", "a/Changed.java", "new\n"));

    assertEquals(LONG_AGO, Files.getLastModifiedTime(temp.resolve("a/Same.java")));
    assertNotEquals(LONG_AGO, Files.getLastModifiedTime(temp.resolve("a/Changed.java")));
    assertEquals("new\n", Files.readString(temp.resolve("a/Changed.java")));
    assertEquals(List.of("a/Changed.java"), summary.written());
    assertEquals(List.of("a/Same.java"), summary.unchanged());
  }

  @Test
  void rewritesAFileOfTheSameSizeButOtherContent() throws IOException {
    OutputWriter writer = new OutputWriter(temp);
    writer.write(files("A.java", "aaaa"));

    WriteSummary summary = writer.write(files("A.java", "bbbb"));

    assertEquals("bbbb", Files.readString(temp.resolve("A.java")));
    assertEquals(List.of("A.java"), summary.written());
  }

  @Test
  void sortsTheSummaryAndTheManifestWhateverTheMapsOrder() throws IOException {
    OutputWriter writer = new OutputWriter(temp);
    writer.write(files("k/Keep.java", "k", "j/Keep.java", "j", "r/Gone.java", "r", "q/Gone.java", "q"));
    SortedMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
    reversed.putAll(Map.of("b/New.java", "b", "a/New.java", "a", "k/Keep.java", "k", "j/Keep.java", "j"));

    WriteSummary summary = writer.write(reversed);

    assertEquals(List.of("a/New.java", "b/New.java"), summary.written());
    assertEquals(List.of("j/Keep.java", "k/Keep.java"), summary.unchanged());
    assertEquals(List.of("q/Gone.java", "r/Gone.java"), summary.removed());
    assertEquals(List.of("a/New.java", "b/New.java", "j/Keep.java", "k/Keep.java"), manifestPaths(temp));
  }

  @Test
  void leavesTheManifestAloneWhenNothingChanged() throws IOException {
    OutputWriter writer = new OutputWriter(temp);
    writer.write(files("A.java", "1"));
    Path manifest = temp.resolve(".asyncgen/manifest.txt");
    Files.setLastModifiedTime(manifest, LONG_AGO);

    writer.write(files("A.java", "1"));

    assertEquals(LONG_AGO, Files.getLastModifiedTime(manifest));
  }

  // ---- paths are the generator's responsibility ----

  @ParameterizedTest
  @ValueSource(strings = {
      "/tmp/Abs.java", "../Escape.java", "io/../../Escape.java", "io//Foo.java", "io/Foo.java/",
      "io\\Foo.java", "", "./Foo.java", ".asyncgen/manifest.txt"})
  void rejectsPathsOutsideTheDirectoryBeforeTouchingIt(String badPath) throws IOException {
    Path out = temp.resolve("out");

    assertThrows(IllegalArgumentException.class,
        () -> new OutputWriter(out).write(files("io/Good.java", "good", badPath, "bad")));

    assertFalse(Files.exists(out));
    assertFalse(Files.exists(temp.resolve("Escape.java")));
  }

  @Test
  void rejectsAPathThatIsAlsoAnotherPathsFolder() throws IOException {
    Map<String, String> before = TreeSnapshot.of(temp);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new OutputWriter(temp).write(files("io", "file", "io/Foo.java", "class")));

    assertEquals("generated file path \"io\" is also a folder of \"io/Foo.java\"", e.getMessage());
    assertEquals(before, TreeSnapshot.of(temp));
  }

  @Test
  void rejectsPathsThatDifferOnlyInCaseBecauseSomeFileSystemsMergeThem() throws IOException {
    Map<String, String> before = TreeSnapshot.of(temp);

    assertThrows(IllegalArgumentException.class,
        () -> new OutputWriter(temp).write(files("io/Foo.java", "1", "io/foo.java", "2")));
    assertThrows(IllegalArgumentException.class,
        () -> new OutputWriter(temp).write(files("IO", "1", "io/Foo.java", "2")));

    assertEquals(before, TreeSnapshot.of(temp));
  }

  @Test
  void rejectsMissingContentBeforeTouchingTheDirectory() {
    SortedMap<String, String> files = files("A.java", "a");
    files.put("B.java", null);
    Path out = temp.resolve("out");

    assertThrows(NullPointerException.class, () -> new OutputWriter(out).write(files));

    assertFalse(Files.exists(out));
  }

  // ---- the output directory is the user's responsibility ----

  @Test
  void refusesAnOutputDirectoryThatIsAFileNamingItAsGiven() throws IOException {
    Files.writeString(temp.resolve("x"), "mine");
    Path out = asGiven(temp.resolve("x"));

    OutputException e = assertThrows(OutputException.class,
        () -> new OutputWriter(out).write(files("A.java", "a")));

    assertEquals("output directory " + out + " is a file, not a directory", e.getMessage());
    assertEquals("mine", Files.readString(temp.resolve("x")));
  }

  @Test
  void refusesAnOutputDirectoryBelowAFile() throws IOException {
    Files.writeString(temp.resolve("x"), "mine");
    Path out = asGiven(temp.resolve("x/y/out"));

    OutputException e = assertThrows(OutputException.class,
        () -> new OutputWriter(out).write(files("A.java", "a")));

    assertEquals("output directory " + out + " cannot be created: " + asGiven(temp.resolve("x"))
        + " is a file", e.getMessage());
    assertEquals("mine", Files.readString(temp.resolve("x")));
  }

  @Test
  void refusesAnOutputDirectoryThatIsNotWritable() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("readonly"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // root may write anywhere, so there the refusal cannot happen and the test says so.
      assumeFalse(Files.isWritable(dir), "permissions are not enforced for this user");
      Path out = asGiven(dir);

      OutputException e = assertThrows(OutputException.class,
          () -> new OutputWriter(out).write(files("A.java", "a")));

      assertEquals("output directory " + out + " is not writable", e.getMessage());
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void refusesAnOutputDirectoryThatCannotBeCreatedForLackOfPermission() throws IOException {
    Path parent = Files.createDirectories(temp.resolve("readonly"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(parent), "permissions are not enforced for this user");
      Path out = asGiven(parent.resolve("out"));

      OutputException e = assertThrows(OutputException.class,
          () -> new OutputWriter(out).write(files("A.java", "a")));

      assertEquals("output directory " + out + " cannot be created: " + asGiven(parent)
          + " is not writable", e.getMessage());
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void reportsAFailedWriteNamingTheFile() throws IOException {
    Path out = asGiven(temp.resolve("out"));
    // The name is too long for the file system, which only shows when the file is created.
    String tooLong = "b/" + "x".repeat(300) + ".java";

    OutputException e = assertThrows(OutputException.class,
        () -> new OutputWriter(out).write(files("a/A.java", "a", tooLong, "b")));

    assertEquals("cannot write " + out.resolve(tooLong) + ": File name too long", e.getMessage());
  }

  /** The path relative to the working directory, as a user would type it. */
  static Path asGiven(Path path) {
    Path relative = Path.of("").toAbsolutePath().relativize(path);
    assertFalse(relative.isAbsolute());
    return relative;
  }

  static SortedMap<String, String> files(String... pathsAndContents) {
    SortedMap<String, String> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], pathsAndContents[i + 1]);
    }
    return files;
  }

  /** The paths the manifest in {@code out} lists, in its order, without their hashes. */
  static List<String> manifestPaths(Path out) throws IOException {
    return Files.readAllLines(out.resolve(".asyncgen/manifest.txt")).stream()
        .filter(line -> !line.startsWith("#"))
        .map(line -> line.substring(line.indexOf(' ') + 1))
        .toList();
  }
}
