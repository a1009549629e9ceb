package dev.asyncgen.core.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.generate.GeneratedCode;
import dev.asyncgen.core.generate.ValidatedExamples;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.ModelOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * With {@code --bean-validation}, every schema-valid corpus document that generates compiles strictly against
 * {@code jakarta.validation-api}, and every example of a named payload is decoded and validated with Hibernate
 * Validator. What fails is reported (standard output and {@code target/corpus-bean-validation.txt}), not asserted
 * away: examples that contradict their own schema are the corpus's, and the report shows which. Runs when
 * {@code ASYNCAPI_CORPUS} is set, as {@link CorpusConformanceTest} does.
 */
class CorpusBeanValidationTest {
  private static final String PACKAGE = "com.example.corpus";

  @Test
  void generatedCodeCompilesAndEveryExampleIsValidatedWithAReport() throws IOException {
    CorpusIndex corpus = CorpusIndex.fromEnvironment();
    Assumptions.assumeTrue(corpus != null, "ASYNCAPI_CORPUS is not set: run shared/corpus/fetch-corpus.sh DIR"
        + " and set ASYNCAPI_CORPUS=DIR to run the corpus bean validation test");
    GenerationOptions options = GenerationOptions.forPackage(PACKAGE)
        .withModel(ModelOptions.DEFAULTS.withBeanValidation(true));
    Map<String, String> notCompiling = new TreeMap<>();
    List<String> report = new ArrayList<>();
    int examples = 0;
    int failing = 0;
    for (CorpusIndex.Row row : corpus.rows()) {
      if (!row.schemaCheck().equals("pass")) {
        continue;
      }
      Path spec = corpus.directory().resolve(row.file());
      SourceGenerator.Sources sources;
      try {
        sources = SourceGenerator.generate(ReadRequest.of(spec), options);
      } catch (SpecException refused) {
        continue; // CorpusConformanceTest judges refusals
      }
      ClassLoader loader;
      try {
        loader = GeneratedCode.compileWithValidation(sources.files());
      } catch (AssertionError failed) {
        notCompiling.put(row.file(), failed.getMessage().lines().findFirst().orElse(""));
        continue;
      }
      Map<String, List<String>> checked = ValidatedExamples.report(SpecReader.read(ReadRequest.of(spec)).api(),
          loader, PACKAGE);
      examples += checked.size();
      for (Map.Entry<String, List<String>> failure : ValidatedExamples.failures(checked).entrySet()) {
        failing++;
        report.add(row.file() + " " + failure.getKey() + ": " + String.join("; ", failure.getValue()));
      }
    }
    report.add(0, examples + " examples decoded and validated, " + failing + " with problems:");
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/corpus-bean-validation.txt"), report);
    report.forEach(System.out::println);
    assertTrue(notCompiling.isEmpty(), "code that does not compile with the validation annotations:\n"
        + String.join("\n", notCompiling.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
  }
}
