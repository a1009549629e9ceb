package dev.asyncgen.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every document of the public corpus that passes the official JSON Schema generates code that
 * compiles with {@code -Xlint:all} and no warnings; every other document generates or ends in a
 * clean {@link SpecException}, never any other exception. Runs when {@code ASYNCAPI_CORPUS} names a
 * directory written by {@code shared/corpus/fetch-corpus.sh}.
 */
class CorpusConformanceTest {
  static final String RELATIVE_TO_CWD = "its relative file $refs are written relative to the parser's test"
      + " folder, not to the document (RFC 3986 resolves them against the document, as asyncgen does)";

  static final String REMOTE_REF = "a remote $ref (to a host that does not exist); remote refs are off by default";

  /**
   * Documents that pass the official schema check but that asyncgen refuses, each for a reason
   * that is the document's, not asyncgen's.
   */
  private static final Map<String, String> JUSTIFIED = Map.of(
      "asyncapi-parser@0.18.3/test/good/asyncapi.yaml", RELATIVE_TO_CWD,
      "asyncapi-parser@0.33.1/test/good/asyncapi.yaml", RELATIVE_TO_CWD,
      "asyncapi-parser@0.33.1/test/good/asyncapi.json", RELATIVE_TO_CWD,
      "asyncapi-parser@0.28.1/test/good/circular-refs.yaml", RELATIVE_TO_CWD,
      "asyncapi-parser@0.33.1/test/good/circular-refs.yaml", RELATIVE_TO_CWD,
      "asyncapi-parser@0.33.1/test/wrong/inexisting-http-ref.yaml", REMOTE_REF);

  /**
   * The score README.md states ("Conformance with real-world specs"): update both together, and say
   * why in the commit. The corpus is pinned (fetch-corpus.sh), so the numbers are exact.
   */
  private static final Score README_SCORE = new Score(99, 85, 79, 6, 2, 12);

  /**
   * How the corpus fares.
   *
   * @param compiledValid schema-valid documents whose code compiles
   * @param justified schema-valid documents refused for a reason in {@link #JUSTIFIED}
   * @param compiledOthers other documents whose code compiles
   * @param refusedOthers other documents refused with a clean error
   */
  record Score(int documents, int schemaValid, int compiledValid, int justified, int compiledOthers,
      int refusedOthers) {}

  @Test
  void schemaValidDocumentsGenerateCodeThatCompiles() throws Exception {
    CorpusIndex corpus = CorpusIndex.fromEnvironment();
    Assumptions.assumeTrue(corpus != null, "ASYNCAPI_CORPUS is not set: run shared/corpus/fetch-corpus.sh DIR"
        + " and set ASYNCAPI_CORPUS=DIR to run the corpus conformance test");
    Map<String, String> failures = new TreeMap<>();
    int schemaValid = 0;
    int compiledValid = 0;
    int justified = 0;
    int compiledOthers = 0;
    int refusedOthers = 0;
    for (CorpusIndex.Row row : corpus.rows()) {
      String outcome = generateAndCompile(corpus, row);
      boolean valid = row.schemaCheck().equals("pass");
      schemaValid += valid ? 1 : 0;
      if (outcome.equals("compiled")) {
        compiledValid += valid ? 1 : 0;
        compiledOthers += valid ? 0 : 1;
      } else if (!outcome.startsWith("refused")) {
        failures.put(row.file(), outcome); // a crash, or code that does not compile: never fine
      } else if (valid && JUSTIFIED.containsKey(row.file())) {
        justified++;
      } else if (valid) {
        failures.put(row.file(), outcome);
      } else {
        refusedOthers++;
      }
    }
    assertTrue(failures.isEmpty(), "crashes, code that does not compile, and unexpected refusals:\n"
        + String.join("\n", failures.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
    assertEquals(JUSTIFIED.size(), justified, "every justified exception still occurs");
    assertEquals(README_SCORE,
        new Score(corpus.rows().size(), schemaValid, compiledValid, justified, compiledOthers, refusedOthers));
  }

  private static String generateAndCompile(CorpusIndex corpus, CorpusIndex.Row row) {
    SourceGenerator.Sources sources;
    try {
      sources = SourceGenerator.generate(ReadRequest.of(corpus.directory().resolve(row.file())),
          GenerationOptions.forPackage("com.example.corpus"));
    } catch (SpecException e) {
      return "refused: " + e.diagnostics().get(0);
    } catch (RuntimeException | StackOverflowError e) {
      return "crash: " + e;
    }
    List<JavaFileObject> files = new ArrayList<>();
    sources.files().forEach((path, text) -> files.add(JavaFileObjects.forSourceString(
        path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror")
        .withClasspath(List.of(jar(JsonProperty.class)))
        .compile(files);
    return compilation.status() == Compilation.Status.SUCCESS && compilation.warnings().isEmpty()
        ? "compiled"
        : "does not compile: " + compilation.diagnostics().stream().findFirst().map(Object::toString).orElse("");
  }

  private static File jar(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
