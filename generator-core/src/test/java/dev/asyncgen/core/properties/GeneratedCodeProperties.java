package dev.asyncgen.core.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.generate.GeneratedSources;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties over random and mutated documents. Tries are few: each generated set is compiled. */
class GeneratedCodeProperties {
  @Property(tries = 25)
  void randomDocumentsGenerateCodeThatCompiles(@ForAll("documents") String document) throws IOException {
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

  @Property(tries = 300)
  void mutatedDocumentsNeverEscapeAsAnythingButASpecError(@ForAll("mutations") String document) throws IOException {
    Path spec = Files.createTempFile("mutated", ".yaml");
    try {
      Files.writeString(spec, document, StandardCharsets.UTF_8);
      try {
        SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage("com.example.mutated"));
      } catch (SpecException expected) {
        assertFalse(expected.diagnostics().isEmpty());
      }
    } finally {
      Files.delete(spec);
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    String appwrite;
    try {
      appwrite = Files.readString(Path.of("../specs/appwrite-realtime.yaml"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return Mutations.of(appwrite);
  }
}
