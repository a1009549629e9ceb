package dev.asyncgen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.conformance.V3Corpus;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the 3.x rules of {@link StructureValidator} with the official AsyncAPI 3.0.0 JSON
 * Schema, run here on the same documents: the 3.0 documents that
 * {@code shared/corpus/fetch-v3-corpus.sh DIR} downloads, and, when the 2.x corpus and {@code node}
 * are there too, the official converter's 3.0 twins of the 2.x documents that pass their schema.
 * A document the schema accepts must have no structural error here, one it rejects at least one.
 *
 * <p>Runs only when {@code ASYNCAPI_V3_CORPUS} names such a folder. The official schema is read
 * from that folder; its {@code $ref}s all point inside it, so nothing is fetched.
 */
class CorpusStructureV3Test {
  private static final String UNESCAPED_REF = "the converter writes channel ids such as 'a.{id}.b' into $ref"
      + " without percent-escaping the braces; the official schema's uri-reference format rejects them. The 3.0 text"
      + " types $ref as a string, and asyncgen's resolver reads such references, so we accept them";
  private static final String BINDING_CONTENTS = "only the protocol bindings are wrong (old or unknown binding"
      + " fields the converter carries over); bindings are versioned apart from the specification, and we check"
      + " only that they are objects, as for 2.x";
  private static final String UNESCAPED_REF_AND_BINDINGS = UNESCAPED_REF + "; and " + BINDING_CONTENTS;

  /**
   * Documents where we knowingly disagree with the official JSON Schema, and why. Every other
   * disagreement fails the test, and so does an entry here that agrees again.
   */
  static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("converted/asyncapi-avro-schema-parser@1.1.0_tests_asyncapi-avro-1.9.0-bindings.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_application-headers.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_correlation-id.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_gitter-streaming.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_mercure.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_rpc-client.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_rpc-server.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_streetlights-kafka.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_streetlights-mqtt.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.25.4_assets_examples_websocket-gemini.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.52.4_assets_examples_gitter-streaming.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_application-headers.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_correlation-id.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_gitter-streaming.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_mercure.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_operation-security.yml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_rpc-client.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_rpc-server.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_streetlights-kafka.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_streetlights-mqtt.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_streetlights-operation-security.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-cli@0.59.1_assets_examples_websocket-gemini.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-java-spring-template@1.4.0_tests_mocks_mqtt.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-java-spring-template@1.6.0_tests_mocks_amqp.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-java-spring-template@1.6.0_tests_mocks_kafka-with-parameters.yml.json", UNESCAPED_REF_AND_BINDINGS),
      Map.entry("converted/asyncapi-java-spring-template@1.6.0_tests_mocks_kafka.yml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-java-spring-template@1.6.0_tests_mocks_mqtt.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-java-spring-template@1.6.0_tests_user_examples_aqmp_config_multiple-channels.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-java-spring-template@1.6.0_tests_user_examples_aqmp_config_single-channel.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-java-template@0.3.4_test_mocks_kafka-streetlights-v2.yml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-validator@2.4.5_test_schemas_v2.0.0_deviceMessages.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-validator@4.0.0_test_schemas_v2.0.0_deviceMessages.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-validator@4.0.0_test_schemas_v2.4.0_deviceMessages.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-validator@5.1.1_test_schemas_v2.0.0_deviceMessages.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-validator@5.1.1_test_schemas_v2.0.0_mqtt.yaml.json", UNESCAPED_REF),
      Map.entry("converted/asyncapi-validator@5.1.1_test_schemas_v2.4.0_deviceMessages.yaml.json", BINDING_CONTENTS),
      Map.entry("converted/asyncapi-validator@5.1.1_test_schemas_v2.4.0_mqtt.yaml.json", UNESCAPED_REF));

  @Test
  void validatorAgreesWithTheOfficialSchemaOnTheV3Corpus() throws Exception {
    Path corpus = V3Corpus.folder("ASYNCAPI_V3_CORPUS");
    OfficialSchemaV3 official = OfficialSchemaV3.in(corpus);
    Assumptions.assumeTrue(official != null,
        "skipped: set ASYNCAPI_V3_CORPUS to a folder made by shared/corpus/fetch-v3-corpus.sh DIR");

    Map<String, Path> documents = new LinkedHashMap<>(V3Corpus.examples(corpus));
    int specExamples = documents.size();
    documents.putAll(conversionsOfTheV2Corpus(corpus));

    int agree = 0;
    int schemaAccepts = 0;
    List<String> unexpected = new ArrayList<>();
    List<String> known = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, Path> named : documents.entrySet()) {
      String name = named.getKey();
      Path document = named.getValue();
      SpecNode root = OfficialSchemaV3.load(document, name);
      boolean schemaPasses = official.accepts(root);
      schemaAccepts += schemaPasses ? 1 : 0;
      List<String> errors = structuralErrors(root, document, name);
      String reason = KNOWN.get(name);
      if (schemaPasses == errors.isEmpty()) {
        agree++;
        if (reason != null) {
          stale.add(name + " agrees now; remove it from KNOWN");
        }
      } else {
        String found = errors.isEmpty() ? "no structural error" : errors.size() + " error(s), first: " + errors.get(0);
        String entry = name + ": official schema says " + (schemaPasses ? "pass" : "fail") + ", we found " + found;
        (reason == null ? unexpected : known).add(reason == null ? entry : entry + "\n    known: " + reason);
      }
    }

    System.out.printf("v3 corpus structure check: %d/%d agree with the official 3.0.0 JSON Schema, which accepts %d"
        + " (%d of the specification's examples, %d conversions of the 2.x corpus; %d known disagreement(s))%n",
        agree, documents.size(), schemaAccepts, specExamples, documents.size() - specExamples, known.size());
    known.forEach(k -> System.out.println("  " + k));
    unexpected.forEach(u -> System.out.println("  UNEXPECTED " + u));
    assertThat(specExamples).as("documents in docs/").isPositive();
    assertThat(unexpected).as("disagreements not in KNOWN").isEmpty();
    assertThat(stale).as("KNOWN entries that no longer disagree").isEmpty();
  }

  /**
   * The 3.0 conversions of the 2.x corpus documents that the official 2.x schemas judged (passed or
   * failed), by name; none when the 2.x corpus or {@code node} is missing. The official 3.0.0 schema
   * judges each conversion afresh.
   */
  private static Map<String, Path> conversionsOfTheV2Corpus(Path v3Corpus) {
    Map<String, Path> out = new LinkedHashMap<>();
    V3Corpus.twins(v3Corpus).stream()
        .filter(twin -> List.of("pass", "fail").contains(twin.schemaCheck()))
        .forEach(twin -> out.put(twin.name(), twin.file()));
    return out;
  }

  /** The version check and the structure validator, as the reader runs them. */
  private static List<String> structuralErrors(SpecNode root, Path path, String name) {
    if (!(root instanceof MapNode map)) {
      return List.of("the document is not a YAML or JSON object");
    }
    try {
      String version = DocumentVersion.check(map, new SourceFile(path.toUri(), name));
      Diagnostics diagnostics = new Diagnostics();
      StructureValidator.validate(map, version, diagnostics);
      return diagnostics.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    } catch (SpecException e) {
      return e.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    }
  }
}
