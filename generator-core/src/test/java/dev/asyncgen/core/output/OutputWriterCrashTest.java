package dev.asyncgen.core.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while it writes ({@code kill -9}): the next run finds old and new files mixed and a
 * temporary file, and leaves exactly its own output.
 */
@Timeout(120)
class OutputWriterCrashTest {
  private static final int FILES = 400;

  @TempDir Path out;

  @Test
  void theRunAfterACrashLeavesExactlyItsOwnOutput() throws Exception {
    new OutputWriter(out).write(output(1));
    // Stops just before moving the first file into io/p3x/, a folder only version 2 has; the
    // files in io/p0/ to io/p3/ are new by then, those in io/p4/ to io/p6/ still old.
    int pauseAt = 1 + output(2).headMap("io/p3x/").size();
    Process child = startPausingRun(2, pauseAt);
    try {
      String line = readLine(child);
      assertNotNull(line, "the child run ended without pausing");
      assertEquals("PAUSED io/p3x/F450.java", line);
      // Another process holds the lock meanwhile.
      OutputException busy = assertThrows(OutputException.class,
          () -> new OutputWriter(out).withLockTimeout(Duration.ofMillis(50)).write(output(3)));
      assertTrue(busy.getMessage().startsWith("another asyncgen run is writing into " + out), busy.getMessage());
    } finally {
      child.destroyForcibly().waitFor();
    }
    Map<String, String> crashed = contents();
    assertTrue(crashed.values().stream().anyMatch(text -> text.contains("version 1")), "old files left");
    assertTrue(crashed.values().stream().anyMatch(text -> text.contains("version 2")), "new files written");
    assertTrue(crashed.keySet().stream().anyMatch(path -> path.startsWith("io/p3x/") && isTemporary(path)),
        "a temporary file left in a folder the crashed run created");

    WriteSummary summary = new OutputWriter(out).write(output(3));

    SortedMap<String, String> expected = new TreeMap<>(output(3));
    Map<String, String> after = contents();
    assertEquals(List.of(), summary.warnings());
    assertEquals(Stream.concat(expected.keySet().stream(), Stream.of(".asyncgen/lock", ".asyncgen/manifest.txt"))
        .sorted().toList(), List.copyOf(after.keySet()));
    expected.forEach((path, text) -> assertEquals(text, after.get(path), path));
    try (Stream<Path> folders = Files.walk(out).filter(Files::isDirectory)) {
      assertEquals(List.of("", ".asyncgen", "io", "io/p0", "io/p1", "io/p2", "io/p3", "io/p4", "io/p5", "io/p6"),
          folders.map(folder -> out.relativize(folder).toString().replace('\\', '/')).sorted().toList());
    }
  }

  /**
   * Version 1 has files 0 to 399, version 2 files 100 to 499, version 3 files 50 to 449; files
   * from 450 on go to io/p3x/, the others to io/p0/ to io/p6/.
   */
  static SortedMap<String, String> output(int version) {
    int first = new int[] {0, 100, 50}[version - 1];
    SortedMap<String, String> files = new TreeMap<>();
    for (int i = first; i < first + FILES; i++) {
      String folder = i < 450 ? "io/p" + i % 7 : "io/p3x";
      files.put(String.format("%s/F%03d.java", folder, i), "class F" + i + " {} // version " + version + "\n");
    }
    return files;
  }

  private Process startPausingRun(int version, int pauseAt) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        PausingWriterMain.class.getName(), out.toString(), String.valueOf(version), String.valueOf(pauseAt))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static String readLine(Process process) throws IOException {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8)).readLine();
  }

  private static boolean isTemporary(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.startsWith(".asyncgen-") && name.endsWith(".tmp");
  }

  /** Every regular file under the output directory, by relative path. */
  private Map<String, String> contents() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toMap(
          file -> out.relativize(file).toString().replace('\\', '/'),
          OutputWriterCrashTest::read, (a, b) -> a, TreeMap::new));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
