package dev.asyncgen.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void createsAFileWithExactlyTheGivenBytes() throws IOException {
    byte[] content = "line 1\r\nline 2\né\n".getBytes(UTF_8);

    AtomicFiles.write(dir.resolve("Foo.java"), content);

    assertArrayEquals(content, Files.readAllBytes(dir.resolve("Foo.java")));
    assertEquals(List.of("Foo.java"), names(dir));
  }

  @Test
  void replacesTheFileInsteadOfWritingIntoIt() throws IOException {
    Path target = dir.resolve("Foo.java");
    Files.writeString(target, "old");
    // A second name for the old file: it keeps the old bytes only if the new content went into a
    // new file that was moved over the name, never into the old file itself.
    Path oldFile = dir.resolve("old-link");
    Files.createLink(oldFile, target);

    AtomicFiles.write(target, "new".getBytes(UTF_8));

    assertEquals("new", Files.readString(target));
    assertEquals("old", Files.readString(oldFile));
    assertEquals(List.of("Foo.java", "old-link"), names(dir));
  }

  @Test
  void givesTheFileTheSamePermissionsAsAnyNewFile() throws IOException {
    assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX only");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

    AtomicFiles.write(dir.resolve("generated.txt"), "x".getBytes(UTF_8));

    assertEquals(
        PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("generated.txt"))));
  }

  @Test
  void leavesNoTemporaryFileWhenTheMoveFails() throws IOException {
    // A non-empty folder cannot be replaced by a file.
    Path target = dir.resolve("taken");
    Files.createDirectories(target);
    Files.writeString(target.resolve("inside.txt"), "keep");

    assertThrows(IOException.class, () -> AtomicFiles.write(target, "new".getBytes(UTF_8)));

    assertEquals(List.of("taken"), names(dir));
    assertEquals("keep", Files.readString(target.resolve("inside.txt")));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
