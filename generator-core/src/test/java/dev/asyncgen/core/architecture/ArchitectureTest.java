package dev.asyncgen.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's packages are stages in pipeline order, and each may use only the ones before it:
 * {@code diagnostic} (used by all) -> load -> shape (what each field's value must be) -> validate ->
 * resolve -> model -> naming -> emit -> output. The root package holds the entry points that run the
 * stages, so it may use them all and no stage may use it. {@code diff} comes last: it reads two specs
 * through the entry points and compares what naming plans for each. {@code incremental} runs the entry point only
 * when the output could differ from what the last run left.
 */
class ArchitectureTest {
  static final List<String> ORDER =
      List.of("diagnostic", "load", "shape", "validate", "resolve", "model", "naming", "emit", "output", "(root)",
          "incremental", "diff");
  /** The one use of a later package: resolve builds the model's records. */
  static final Map<String, Set<String>> ALSO_ALLOWED = Map.of("resolve", Set.of("model"));

  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void noStageUsesALaterOne() {
    assertThat(laterStageUses(SOURCES)).isEmpty();
  }

  @Test
  void validateAndResolveDoNotUseEachOther() {
    assertThat(StageImports.references(SOURCES))
        .filteredOn(r -> Set.of("validate", "resolve").containsAll(Set.of(r.from(), r.to())))
        .isEmpty();
  }

  @Test
  void validateUsesOnlyTheLoadedNodesTheirShapesAndDiagnostics() {
    assertThat(StageImports.references(SOURCES))
        .filteredOn(r -> r.from().equals("validate"))
        .extracting(StageImports.Reference::to)
        .containsOnly("diagnostic", "load", "shape");
  }

  @Test
  void everyPackageHasAPlaceInTheOrder() {
    assertThat(StageImports.references(SOURCES))
        .allSatisfy(r -> assertThat(ORDER).contains(r.from(), r.to()));
  }

  /** The checks above can fail: a tree with the import cycle this order forbids breaks them. */
  @Test
  void findsALaterStageUsedByImportByQualifiedNameOrInJavadoc(@TempDir Path root) throws IOException {
    write(root, "resolve/DocumentResolver.java", "package dev.asyncgen.core.resolve;\n"
        + "import dev.asyncgen.core.validate.StructureValidator;\nclass DocumentResolver {}\n");
    write(root, "validate/ExampleValidator.java", "package dev.asyncgen.core.validate;\n"
        + "class ExampleValidator { dev.asyncgen.core.resolve.SchemaFormats formats; }\n");
    write(root, "load/SpecFiles.java", "package dev.asyncgen.core.load;\n"
        + "/** Read by {@link dev.asyncgen.core.SpecReader}. */\nclass SpecFiles {}\n");
    write(root, "model/Channel.java", "package dev.asyncgen.core.model;\n"
        + "import dev.asyncgen.core.diagnostic.SourcePosition;\nrecord Channel(SourcePosition at) {}\n");

    assertThat(laterStageUses(root)).extracting(Object::toString).containsExactly(
        "load/SpecFiles.java refers to package (root)",
        "validate/ExampleValidator.java refers to package resolve");
    assertThat(StageImports.references(root)).extracting(Object::toString).contains(
        "resolve/DocumentResolver.java refers to package validate");
  }

  private static List<StageImports.Reference> laterStageUses(Path sources) {
    return StageImports.references(sources).stream()
        .filter(r -> ORDER.indexOf(r.to()) > ORDER.indexOf(r.from()))
        .filter(r -> !ALSO_ALLOWED.getOrDefault(r.from(), Set.of()).contains(r.to()))
        .toList();
  }

  private static void write(Path root, String file, String text) throws IOException {
    Path path = root.resolve(StageImports.CORE.replace('.', '/')).resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
