package dev.asyncgen.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  static final String A = "a".repeat(64);
  static final String B = "b".repeat(64);

  @Test
  void rendersAHeaderThenEachHashAndPathSorted() {
    String text = new String(Manifest.render(
        Map.of("io/b/B.java", Set.of(B, A), "Z.java", Set.of(A), "io/A.java", Set.of(B))), UTF_8);

    List<String> lines = text.lines().toList();
    assertTrue(lines.get(0).startsWith("# "), text);
    assertEquals(List.of(A + " Z.java", B + " io/A.java", A + " io/b/B.java", B + " io/b/B.java"),
        lines.subList(1, lines.size()));
    assertTrue(text.endsWith(B + " io/b/B.java\n"), text);
  }

  @Test
  void parsesWhatItRenders() {
    Map<String, Set<String>> hashes = Map.of("io/b/B.java", Set.of(A, B), "Z.java", Set.of(), "io/A.java", Set.of(B));

    assertEquals(hashes, Manifest.parse(Manifest.render(hashes)).hashes());
  }

  @Test
  void readsAnOlderManifestsPathsWithoutHashes() {
    String text = "# Written by asyncgen\nio/A.java\n" + A + " io/B.java\n";

    assertEquals(Map.of("io/A.java", Set.of(), "io/B.java", Set.of(A)), Manifest.parse(text.getBytes(UTF_8)).hashes());
  }

  @Test
  void ignoresCommentsBlankLinesAndEntriesThatCouldEscapeSayingWhy() {
    String text = "# comment\n\nio/A.java\r\n../outside.txt\n/etc/passwd\n" + A + " a/../../b\n"
        + ".asyncgen/manifest.txt\nio\\B.java\nio//C.java\nio/D.java";

    Manifest.Entries entries = Manifest.parse(text.getBytes(UTF_8));

    assertEquals(Set.of("io/A.java", "io/D.java"), entries.hashes().keySet());
    assertEquals(List.of("\"../outside.txt\" has a '..' segment", "\"/etc/passwd\" is absolute",
        "\"a/../../b\" has a '..' segment",
        "\".asyncgen/manifest.txt\" is inside .asyncgen/, which asyncgen keeps for itself",
        "\"io\\B.java\" contains a backslash; use '/' as separator", "\"io//C.java\" has an empty segment"),
        entries.ignored());
  }

  @Test
  void readsNothingWhenThereIsNoManifest(@TempDir Path dir) throws IOException {
    assertNull(Manifest.readIfPresent(dir.resolve(Manifest.PATH)));

    Files.createDirectories(dir.resolve(".asyncgen"));
    Files.writeString(dir.resolve(Manifest.PATH), "x\n");

    assertEquals("x\n", new String(Manifest.readIfPresent(dir.resolve(Manifest.PATH)), UTF_8));
  }

  @Test
  void neverReadsThroughALink(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("elsewhere.txt"), "x\n");
    Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("elsewhere.txt"));

    assertNull(Manifest.readIfPresent(dir.resolve("link.txt")));
  }
}
