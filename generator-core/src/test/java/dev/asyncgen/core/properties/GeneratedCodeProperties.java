package dev.asyncgen.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.generate.GeneratedSources;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over random and mutated documents. Tries are few: each generated set is compiled. */
class GeneratedCodeProperties {
  private static final int COMPILED_OUTPUTS = 4;
  /** Hashes of the outputs of mutated documents compiled so far in this run. */
  private final Set<Integer> compiledOutputs = ConcurrentHashMap.newKeySet();

  @Property(tries = 25)
  void randomDocumentsGenerateCodeThatCompiles(@ForAll("documents") String document) throws IOException {
    assertCompiles(document);
  }

  @Property(tries = 15)
  void randomAsyncApi3DocumentsGenerateCodeThatCompiles(@ForAll("documents3") String document) throws IOException {
    assertCompiles(document);
  }

  private static void assertCompiles(String document) throws IOException {
    Path spec = Files.createTempFile("random", ".json");
    try {
      Files.writeString(spec, document);
      SourceGenerator.Sources sources = SourceGenerator.generate(ReadRequest.of(spec),
          GenerationOptions.forPackage("com.example.random"));
      GeneratedSources.assertCompiles(sources.files());
    } finally {
      Files.delete(spec);
    }
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
   * A mutated document is a spec error, or generates: then the same files on a second run, each of
   * which parses as Java, and the first few distinct outputs compile (all would cost minutes).
   */
  @Property(tries = 300)
  void mutatedDocumentsNeverEscapeAsAnythingButASpecError(@ForAll("mutations") String document) throws IOException {
    assertSpecErrorOrSameFiles(document);
  }

  /** The same over the Appwrite spec as the official converter writes it in AsyncAPI 3.0. */
  @Property(tries = 200)
  void mutatedAsyncApi3DocumentsNeverEscapeAsAnythingButASpecError(@ForAll("mutations3") String document)
      throws IOException {
    assertSpecErrorOrSameFiles(document);
  }

  /**
   * Found by exploring (seed -7419324240558155097): in databases.{.collections.{collectionId}.documents
   * the check took {collectionId} as the parameter, naming took ".collections.{collectionId" and crashed.
   * Both now read the second brace as the parameter and the first as text.
   */
  @Example
  void anAddressWithABraceReopenedBeforeItClosesGeneratesCodeThatCompiles() throws IOException {
    Path spec = Specs.write(Files.createTempDirectory("brace").resolve("api.yaml"), "asyncapi: 3.0.0\n"
        + "info: {title: t, version: '1'}\nchannels:\n  documents:\n"
        + "    address: 'databases.{.collections.{collectionId}.documents'\n"
        + "    parameters: {collectionId: {}}\n    messages: {m: {payload: {type: string}}}\n");

    GeneratedSources.assertCompiles(generateMutated(spec).files());
  }

  private void assertSpecErrorOrSameFiles(String document) throws IOException {
    Path spec = Files.createTempFile("mutated", ".yaml");
    try {
      Files.writeString(spec, document, StandardCharsets.UTF_8);
      SourceGenerator.Sources sources;
      try {
        sources = generateMutated(spec);
      } catch (SpecException expected) {
        assertFalse(expected.diagnostics().isEmpty());
        return;
      }
      assertEquals(sources.files(), generateMutated(spec).files(), "a second run generates other files");
      JavaSyntax.assertParses(sources.files());
      if (compiledOutputs.size() < COMPILED_OUTPUTS && compiledOutputs.add(sources.files().hashCode())) {
        GeneratedSources.assertCompiles(sources.files());
      }
    } finally {
      Files.delete(spec);
    }
  }

  private static SourceGenerator.Sources generateMutated(Path spec) {
    return SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage("com.example.mutated"));
  }

  @Provide
  Arbitrary<String> mutations() {
    return Mutations.of(read("../specs/appwrite-realtime.yaml"));
  }

  @Provide
  Arbitrary<String> mutations3() {
    return Mutations.of(read("src/test/resources/specs/v3/appwrite-realtime-3.0.yaml"));
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
