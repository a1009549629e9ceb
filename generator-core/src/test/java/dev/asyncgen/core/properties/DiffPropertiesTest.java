package dev.asyncgen.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.diff.DiffReport;
import dev.asyncgen.core.diff.DiffRequest;
import dev.asyncgen.core.diff.Finding;
import dev.asyncgen.core.diff.Level;
import dev.asyncgen.core.diff.SpecDiff;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The diff over random pairs of documents: what holds whatever the change. */
class DiffPropertiesTest {
  @Property(tries = 30, maxDiscardRatio = 20)
  void aDocumentAgainstItselfHasNoFindings(@ForAll("documents") String document) throws IOException {
    assertEquals(List.of(), diff(document, document, "").findings());
  }

  @Property(tries = 30, maxDiscardRatio = 20)
  void findingsAreWellFormedAndTheirFingerprintsDistinctAndBlindToLines(@ForAll("documents") String before,
      @ForAll("documents") String after) throws IOException {
    DiffReport report = diff(before, after, "");
    List<String> fingerprints = report.findings().stream().map(Finding::fingerprint).toList();
    assertEquals(fingerprints.size(), Set.copyOf(fingerprints).size(), report.text());
    for (Finding finding : report.findings()) {
      assertEquals(Level.worst(finding.wireLevel(), finding.sourceLevel()), finding.level());
      assertTrue(Set.of("old.json", "new.json").contains(finding.position().file().displayPath()));
      assertTrue(finding.position().line() >= 1 && !finding.subject().isEmpty(), finding.toString());
    }
    DiffReport shifted = diff(before, after, "\n\n\n");
    assertEquals(fingerprints, shifted.findings().stream().map(Finding::fingerprint).toList());
  }

  @Property(tries = 30, maxDiscardRatio = 20)
  void anAsyncApi3DocumentAgainstItselfHasNoFindings(@ForAll("documents3") String document) throws IOException {
    assertEquals(List.of(), diff(document, document, "").findings());
  }

  @Property(tries = 30, maxDiscardRatio = 20)
  void findingsBetweenAsyncApi3DocumentsAreWellFormedAndBlindToLines(@ForAll("documents3") String before,
      @ForAll("documents3") String after) throws IOException {
    findingsAreWellFormedAndTheirFingerprintsDistinctAndBlindToLines(before, after);
  }

  @Provide
  Arbitrary<String> documents() {
    return RandomSpecs.document();
  }

  @Provide
  Arbitrary<String> documents3() {
    return RandomSpecs.document3();
  }

  /**
   * Diffs two documents, each written after {@code prefix} (blank lines move every position); a pair
   * with a spec error is not a case (the random names are not all valid component keys).
   */
  private static DiffReport diff(String before, String after, String prefix) throws IOException {
    Path dir = Files.createTempDirectory("diff");
    try {
      Path old = Files.writeString(dir.resolve("old.json"), prefix + before);
      Path now = Files.writeString(dir.resolve("new.json"), prefix + after);
      try {
        return SpecDiff.diff(new DiffRequest(ReadRequest.of(old).withDisplayPath("old.json"),
            ReadRequest.of(now).withDisplayPath("new.json"), GenerationOptions.forPackage("com.example.diff")));
      } catch (SpecException e) {
        Assume.that(false);
        throw e;
      }
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }
}
