package dev.asyncgen.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.generate.GeneratedCode;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.validate.OfficialSchemaV3;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 3.x reader on real documents: the 3.0 specification's examples and the official converter's
 * 3.0 twins of the 2.x corpus. Every document the official 3.0.0 JSON Schema accepts generates code
 * that compiles with {@code -Xlint:all -Werror} and doclint; every other generates or ends in a
 * {@link SpecException} whose errors all have a {@code file:line:column}; nothing crashes. Runs when
 * {@code ASYNCAPI_V3_CORPUS} names a folder written by {@code shared/corpus/fetch-v3-corpus.sh} (the
 * twins also need {@code ASYNCAPI_CORPUS} and {@code node}).
 */
class CorpusConformanceV3Test {
  /** Documents per javac run: one run per document would cost most of the test's time. */
  private static final int BATCH = 30;

  private static final String UNRESOLVED_REF = "a $ref whose target does not exist (the 2.x corpus index marks the"
      + " original unresolved-ref); the official 3.0.0 JSON Schema does not follow $refs, so it cannot tell";

  /**
   * Schema-valid documents that asyncgen refuses, each for a reason that is the document's, not
   * asyncgen's.
   */
  private static final Map<String, String> JUSTIFIED = Map.of(
      "converted/asyncapi-parser@0.18.3_test_good_asyncapi.yaml.json", CorpusConformanceTest.RELATIVE_TO_CWD,
      "converted/asyncapi-parser@0.28.1_test_good_circular-refs.yaml.json", CorpusConformanceTest.RELATIVE_TO_CWD,
      "converted/asyncapi-parser@0.33.1_test_good_asyncapi.json.json", CorpusConformanceTest.RELATIVE_TO_CWD,
      "converted/asyncapi-parser@0.33.1_test_good_asyncapi.yaml.json", CorpusConformanceTest.RELATIVE_TO_CWD,
      "converted/asyncapi-parser@0.33.1_test_good_circular-refs.yaml.json", CorpusConformanceTest.RELATIVE_TO_CWD,
      "converted/asyncapi-parser@0.33.1_test_wrong_inexisting-http-ref.yaml.json", CorpusConformanceTest.REMOTE_REF,
      "converted/asyncapi-parser@0.33.1_test_wrong_inexisting-local-ref.yaml.json", UNRESOLVED_REF,
      "converted/asyncapi-parser@0.33.1_test_wrong_inexisting-root-ref.yaml.json", UNRESOLVED_REF,
      "converted/asyncapi-java-spring-template@1.6.0_tests_user_examples_issue_156.yml.json", UNRESOLVED_REF);

  /**
   * The score README.md states ("Conformance with real-world specs"): update both together, and say
   * why in the commit. Both corpora and the converter are pinned, so the numbers are exact.
   */
  private static final CorpusConformanceTest.Score README_SCORE =
      new CorpusConformanceTest.Score(118, 75, 66, 9, 37, 6);

  @Test
  void schemaValidDocumentsGenerateCodeThatCompiles() throws Exception {
    Path corpus = V3Corpus.folder("ASYNCAPI_V3_CORPUS");
    OfficialSchemaV3 official = OfficialSchemaV3.in(corpus);
    Assumptions.assumeTrue(official != null, "ASYNCAPI_V3_CORPUS is not set: run shared/corpus/fetch-v3-corpus.sh"
        + " DIR and set ASYNCAPI_V3_CORPUS=DIR to run the 3.x corpus conformance test");
    Map<String, Path> documents = documents(corpus);

    Map<String, String> outcomes = new TreeMap<>();
    Map<String, Map<String, String>> generated = new LinkedHashMap<>();
    int index = 0;
    for (Map.Entry<String, Path> document : documents.entrySet()) {
      String packageName = "com.example.v3corpus.d" + index++;
      try {
        generated.put(document.getKey(), SourceGenerator.generate(ReadRequest.of(document.getValue()),
            GenerationOptions.forPackage(packageName)).files());
      } catch (SpecException e) {
        outcomes.put(document.getKey(), refusal(e));
      } catch (RuntimeException | StackOverflowError e) {
        outcomes.put(document.getKey(), "crash: " + e);
      }
    }
    outcomes.putAll(compileInBatches(generated));

    Map<String, String> failures = new TreeMap<>();
    int schemaValid = 0;
    int compiledValid = 0;
    int justified = 0;
    int compiledOthers = 0;
    int refusedOthers = 0;
    for (Map.Entry<String, Path> document : documents.entrySet()) {
      String name = document.getKey();
      String outcome = outcomes.get(name);
      boolean valid = official.accepts(document.getValue());
      schemaValid += valid ? 1 : 0;
      if (outcome.equals("compiled")) {
        compiledValid += valid ? 1 : 0;
        compiledOthers += valid ? 0 : 1;
      } else if (!outcome.startsWith("refused")) {
        failures.put(name, outcome); // a crash, an error without a position, code that does not compile
      } else if (valid && JUSTIFIED.containsKey(name)) {
        justified++;
      } else if (valid) {
        failures.put(name, outcome);
      } else {
        refusedOthers++;
      }
    }
    assertTrue(failures.isEmpty(), "crashes, unpositioned errors, code that does not compile, unexpected refusals:\n"
        + String.join("\n", failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
    assertEquals(JUSTIFIED.size(), justified, "every justified exception still occurs");
    assertEquals(README_SCORE, new CorpusConformanceTest.Score(documents.size(), schemaValid, compiledValid,
        justified, compiledOthers, refusedOthers));
  }

  /** The specification's examples (docs/), then the twins of the 2.x corpus, by name. */
  private static Map<String, Path> documents(Path corpus) throws IOException {
    Map<String, Path> documents = new LinkedHashMap<>(V3Corpus.examples(corpus));
    V3Corpus.twins(corpus).forEach(twin -> documents.put(twin.name(), twin.file()));
    return documents;
  }

  /** A refusal is clean when every error says where it is. */
  private static String refusal(SpecException e) {
    List<Diagnostic> errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (errors.isEmpty() || errors.stream().anyMatch(error -> error.position() == null)) {
      return "error without a position: " + e.diagnostics();
    }
    return "refused: " + errors.get(0);
  }

  /**
   * "compiled" or the first problem, per document. Each batch compiles together (every document has
   * a package of its own); a batch with problems is compiled again document by document, to say whose.
   */
  private static Map<String, String> compileInBatches(Map<String, Map<String, String>> generated) {
    Map<String, String> outcomes = new TreeMap<>();
    List<String> names = new ArrayList<>(generated.keySet());
    for (int start = 0; start < names.size(); start += BATCH) {
      List<String> batch = names.subList(start, Math.min(names.size(), start + BATCH));
      Map<String, String> files = new TreeMap<>();
      batch.forEach(name -> files.putAll(generated.get(name)));
      if (GeneratedCode.strictCompileProblems(files).isEmpty()) {
        batch.forEach(name -> outcomes.put(name, "compiled"));
        continue;
      }
      for (String name : batch) {
        // Up to three: with -Werror the first is often only "warnings found", the warning comes next.
        String problems = GeneratedCode.strictCompileProblems(generated.get(name)).stream().limit(3)
            .map(Object::toString).collect(Collectors.joining("; "));
        outcomes.put(name, problems.isEmpty() ? "compiled" : "does not compile: " + problems);
      }
    }
    return outcomes;
  }
}
