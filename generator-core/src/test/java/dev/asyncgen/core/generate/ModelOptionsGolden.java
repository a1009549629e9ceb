package dev.asyncgen.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.ModelOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Golden files for the model options: each case's output is checked in under {@code golden/model-options/CASE},
 * refreshed with {@code -Dasyncgen.updateGolden=true}, and compiles strictly beside the user's classes the options
 * name ({@code generate/model-options/user}).
 */
final class ModelOptionsGolden {
  static final Path SPECS = Path.of("src/test/resources/generate/model-options");
  static final Path SHOP = SPECS.resolve("shop.yaml");
  static final Path STREETLIGHTS = SPECS.resolve("streetlights.yaml");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/model-options");
  private static final Path USER_CODE = SPECS.resolve("user");

  private ModelOptionsGolden() {}

  static SortedMap<String, String> generate(Path spec, String packageName, ModelOptions model) {
    return SourceGenerator.generate(ReadRequest.of(spec).withDisplayPath(spec.getFileName().toString()),
        GenerationOptions.forPackage(packageName).withModel(model)).files();
  }

  /** Compares {@code files} with the case's golden files (after replacing them when asked). */
  static void assertMatchesGolden(String goldenCase, Map<String, String> files) throws IOException {
    Path folder = GOLDEN.resolve(goldenCase);
    if (Boolean.getBoolean("asyncgen.updateGolden")) {
      if (Files.exists(folder)) {
        try (Stream<Path> paths = Files.walk(folder)) {
          for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      GeneratedCode.writeTo(folder, files);
    }
    SortedMap<String, String> golden = AppwriteGoldenTest.readGoldenFiles(folder);
    assertEquals(golden.keySet(), files.keySet(), "generated file names");
    files.forEach((path, text) -> assertEquals(golden.get(path), text, path + " differs from its golden file"
        + " in " + folder + "; if the change is intended, run with -Dasyncgen.updateGolden=true"));
  }

  /** Compiles {@code files} strictly with the user's classes beside them; loads them all. */
  static ClassLoader compileWithUserCode(Map<String, String> files) {
    SortedMap<String, String> all = new TreeMap<>(files);
    try (Stream<Path> paths = Files.walk(USER_CODE)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        all.put(USER_CODE.relativize(path).toString().replace('\\', '/'), Files.readString(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return GeneratedCode.compile(all);
  }
}
