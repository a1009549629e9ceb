package dev.asyncgen.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @Test
  void rendersAHeaderThenTheSortedPaths() {
    String text = new String(Manifest.render(Set.of("io/b/B.java", "Z.java", "io/A.java")), UTF_8);

    List<String> lines = text.lines().toList();
    assertTrue(lines.get(0).startsWith("# "), text);
    assertEquals(List.of("Z.java", "io/A.java", "io/b/B.java"), lines.subList(1, lines.size()));
    assertTrue(text.endsWith("io/b/B.java\n"), text);
  }

  @Test
  void parsesWhatItRenders() {
    Set<String> paths = Set.of("io/b/B.java", "Z.java", "io/A.java");

    assertEquals(paths, Manifest.parse(Manifest.render(paths)));
  }

  @Test
  void dropsCommentsBlankLinesAndEntriesThatCouldEscape() {
    String text = "# comment\n\nio/A.java\r\n../outside.txt\n/etc/passwd\na/../../b\n"
        + ".asyncgen/manifest.txt\nio\\B.java\nio//C.java\nio/D.java";

    assertEquals(Set.of("io/A.java", "io/D.java"), Manifest.parse(text.getBytes(UTF_8)));
  }

  @Test
  void readsNothingWhenThereIsNoManifest(@TempDir Path dir) throws IOException {
    assertNull(Manifest.readIfPresent(dir));

    Files.createDirectories(dir.resolve(".asyncgen"));
    Files.writeString(dir.resolve(Manifest.PATH), "x\n");

    assertEquals("x\n", new String(Manifest.readIfPresent(dir), UTF_8));
  }
}
