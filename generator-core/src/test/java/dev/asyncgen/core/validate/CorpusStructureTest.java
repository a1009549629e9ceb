package dev.asyncgen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.load.YamlLoader;
import dev.asyncgen.core.validate.DocumentVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks {@link StructureValidator} with the official AsyncAPI JSON Schemas on real
 * documents: the corpus that {@code shared/corpus/fetch-corpus.sh DIR} builds, whose
 * {@code INDEX.tsv} says for each document whether it passes its version's JSON Schema. A
 * document that passes must have no structural error here, one that fails at least one.
 *
 * <p>Runs only when {@code ASYNCAPI_CORPUS} names such a folder.
 */
class CorpusStructureTest {
  /**
   * Documents where we knowingly disagree with the official JSON Schema check, and why. Every other
   * disagreement fails the test, and so does an entry here that agrees again.
   */
  static final Map<String, String> KNOWN = Map.of(
      "asyncapi-avro-schema-parser@1.1.0/tests/asyncapi-avro-invalid.yaml",
      "the flaw is inside schemas/Invalid.avsc, an Avro payload reached by $ref: the official check resolves $refs and"
          + " validates Avro payloads; we check the root document only and leave non-JSON-Schema payloads alone",
      "asyncapi-validator@4.0.0/test/schemas/v2.4.0/deviceMessages.yaml",
      "the flaw (exclusiveMaximum: 20 where OpenAPI 3.0 wants a boolean) is in a component schema used, through $ref,"
          + " as the payload of a message whose schemaFormat is OpenAPI 3.0; we do not validate OpenAPI payloads, and"
          + " as an AsyncAPI (draft 07) schema the component is fine");

  @Test
  void validatorAgreesWithTheOfficialSchemasOnTheCorpus() throws IOException {
    String dir = System.getenv("ASYNCAPI_CORPUS");
    Path corpus = dir == null || dir.isBlank() ? null : Path.of(dir);
    Assumptions.assumeTrue(corpus != null && Files.isRegularFile(corpus.resolve("INDEX.tsv")),
        "skipped: set ASYNCAPI_CORPUS to a folder made by shared/corpus/fetch-corpus.sh DIR (it has INDEX.tsv)");

    List<String> lines = Files.readAllLines(corpus.resolve("INDEX.tsv"));
    List<String> header = List.of(lines.get(0).split("\t"));
    int fileColumn = header.indexOf("file");
    int checkColumn = header.indexOf("schema_check");
    assertThat(fileColumn).as("INDEX.tsv has a 'file' column").isGreaterThanOrEqualTo(0);
    assertThat(checkColumn).as("INDEX.tsv has a 'schema_check' column").isGreaterThanOrEqualTo(0);

    int total = 0;
    int agree = 0;
    List<String> unexpected = new ArrayList<>();
    List<String> known = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] row = line.split("\t", -1);
      String file = row[fileColumn];
      String expected = row[checkColumn];
      if (!expected.equals("pass") && !expected.equals("fail")) {
        continue; // unresolved-ref, parse-error: the official check said nothing about structure
      }
      total++;
      List<String> errors = structuralErrors(corpus, file);
      boolean agrees = expected.equals("pass") == errors.isEmpty();
      String reason = KNOWN.get(file);
      if (agrees) {
        agree++;
        if (reason != null) {
          stale.add(file + " agrees now; remove it from KNOWN");
        }
      } else {
        String found = errors.isEmpty() ? "no structural error" : errors.size() + " error(s), first: " + errors.get(0);
        String entry = file + ": official schema says " + expected + ", we found " + found;
        (reason == null ? unexpected : known).add(reason == null ? entry : entry + "\n    known: " + reason);
      }
    }

    System.out.printf("corpus structure check: %d/%d agree with the official JSON Schemas (%d known disagreement(s))%n",
        agree, total, known.size());
    known.forEach(k -> System.out.println("  " + k));
    unexpected.forEach(u -> System.out.println("  UNEXPECTED " + u));
    assertThat(total).as("documents with schema_check pass or fail").isPositive();
    assertThat(unexpected).as("disagreements not in KNOWN").isEmpty();
    assertThat(stale).as("KNOWN entries that no longer disagree").isEmpty();
  }

  /** YAML loading, the version check and the structure validator, as the reader runs them. */
  private static List<String> structuralErrors(Path corpus, String file) throws IOException {
    Path path = corpus.resolve(file);
    SourceFile source = new SourceFile(path.toUri(), file);
    try {
      SpecNode root = new YamlLoader(LoadLimits.defaults()).load(source, Files.readAllBytes(path));
      if (!(root instanceof MapNode map)) {
        return List.of("the document is " + root.kind() + ", not an object");
      }
      String version = DocumentVersion.check(map, source);
      Diagnostics diagnostics = new Diagnostics();
      StructureValidator.validate(map, version, diagnostics);
      return diagnostics.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    } catch (SpecException e) {
      return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    }
  }
}
