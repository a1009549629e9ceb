package dev.asyncgen.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Golden folders of generation options, checked as {@link AppwriteGoldenTest} checks its own: regenerated and
 * compared; {@code -Dasyncgen.updateGolden=true} rewrites them (review the diff before committing it).
 */
final class OptionGoldens {
  static final Path ROOT = Path.of("src/test/resources/golden");

  private OptionGoldens() {}

  static void assertMatches(String folderName, SortedMap<String, String> generated) throws IOException {
    Path folder = ROOT.resolve(folderName);
    if (Boolean.getBoolean("asyncgen.updateGolden")) {
      replace(folder, generated);
    }
    SortedMap<String, String> golden = AppwriteGoldenTest.readGoldenFiles(folder);
    assertEquals(golden.keySet(), generated.keySet(), "generated file names");
    for (Map.Entry<String, String> file : generated.entrySet()) {
      assertEquals(golden.get(file.getKey()), file.getValue(), folderName + "/" + file.getKey()
          + " differs from its golden file; if the change is intended, run with -Dasyncgen.updateGolden=true");
    }
  }

  private static void replace(Path folder, SortedMap<String, String> generated) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    GeneratedCode.writeTo(folder, generated);
  }
}
