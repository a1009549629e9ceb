package dev.asyncgen.core.validate;

import static dev.asyncgen.core.validate.Validation.diagnostics;
import static dev.asyncgen.core.validate.Validation.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.YamlLoader;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** What every rule shares: unknown fields, extensions, types, required fields, positions, going on. */
class StructureValidatorTest {
  @Test
  void smallestDocumentIsValid() {
    assertThat(diagnostics(doc("2.6.0", "channels: {}\n"))).isEmpty();
  }

  @Test
  void unknownFieldPointsAtTheKeyAndListsWhatIsAllowed() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          user/signedup:
            subscrbe:
              message:
                payload: {type: string}
        """))).containsExactly(
        "spec.yaml:7:5: error: unknown field 'subscrbe' in channel 'user/signedup' (allowed: description, subscribe,"
            + " publish, parameters, bindings, $ref, servers; extensions start with x-)");
  }

  @Test
  void allowedListHoldsOnlyTheFieldsOfTheDocumentsVersion() {
    assertThat(diagnostics(doc("2.0.0", """
        channels:
          a:
            summary: x
        """))).containsExactly(
        "spec.yaml:7:5: error: unknown field 'summary' in channel 'a' (allowed: description, subscribe, publish,"
            + " parameters, bindings, $ref; extensions start with x-)");
  }

  @Test
  void extensionsAreAcceptedWhereTheObjectTakesThem() {
    assertThat(diagnostics(doc("2.6.0", """
        x-root: 1
        channels:
          a:
            x-channel: {any: [thing]}
            publish:
              x-operation: null
              message:
                x-message: true
                payload: {}
        components:
          x-components: 1
        """))).isEmpty();
  }

  @Test
  void aBareXDashIsNoExtension() {
    assertThat(diagnostics(doc("2.6.0", "x-: 1\nchannels: {}\n"))).singleElement()
        .asString().startsWith("spec.yaml:5:1: error: unknown field 'x-' in the AsyncAPI document (allowed: asyncapi, ");
  }

  @Test
  void wrongTypePointsAtTheValue() {
    assertThat(diagnostics("""
        asyncapi: 2.6.0
        info:
          title: [T]
          version: 1.0
        channels: {}
        """)).containsExactly(
        "spec.yaml:3:10: error: 'title' in info must be a string, found a list",
        "spec.yaml:4:12: error: 'version' in info must be a string, found a number (quote it to keep it text)");
  }

  @Test
  void missingRequiredFieldPointsAtTheObject() {
    assertThat(diagnostics("""
        asyncapi: 2.6.0
        info:
          version: '1'
          license:
            url: https://example.com
        """)).containsExactly(
        "spec.yaml:1:1: error: the AsyncAPI document is missing 'channels'",
        "spec.yaml:3:3: error: info is missing 'title'",
        "spec.yaml:5:5: error: license of info is missing 'name'");
  }

  @Test
  void nullIsAWrongTypeNotAMissingField() {
    assertThat(diagnostics(doc("2.6.0", "channels:\n"))).containsExactly(
        "spec.yaml:5:10: error: 'channels' in the AsyncAPI document must be an object, found null");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() {
    assertThat(diagnostics(doc("2.6.0", """
        servers:
          prod:
            url: 1
        channels:
          a:
            publish:
              operationId: [x]
              tags:
                - description: no name
              message:
                contentType: 7
        externalDocs: {}
        """))).containsExactly(
        "spec.yaml:7:5: error: server 'prod' is missing 'protocol'",
        "spec.yaml:7:10: error: 'url' in server 'prod' must be a string, found an integer (quote it to keep it text)",
        "spec.yaml:11:20: error: 'operationId' in publish operation of channel 'a' must be a string, found a list",
        "spec.yaml:13:11: error: tag #1 of publish operation of channel 'a' is missing 'name'",
        "spec.yaml:15:22: error: 'contentType' in message of publish operation of channel 'a' must be a string,"
            + " found an integer (quote it to keep it text)",
        "spec.yaml:16:15: error: external docs is missing 'url'");
  }

  @Test
  void referenceObjectsAreAcceptedAndNotFollowed() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          a:
            $ref: 'other.yaml#/channels/a'
          b:
            parameters:
              id: {$ref: '#/components/parameters/missing'}
            publish:
              traits: [{$ref: 'traits.yaml#/t'}]
              message: {$ref: 'https://example.com/m.yaml', description: ignored}
        """))).isEmpty();
  }

  @Test
  void referenceMustBeAString() {
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          a:
            publish:
              message: {$ref: 42}
        """))).containsExactly(
        "spec.yaml:8:23: error: '$ref' in message of publish operation of channel 'a' must be a string, found an"
            + " integer (quote it to keep it text)");
  }

  @Test
  void bindingsTakeAnyProtocolAndAnyContents() {
    assertThat(diagnostics(doc("2.0.0", """
        servers:
          s:
            url: example.com
            protocol: kafka
            bindings: {kafka: {anything: [1, 2]}, my-own-protocol: 3}
        channels:
          a:
            bindings: {amqp: {is: queue}}
            subscribe:
              bindings: {$ref: '#/components/operationBindings/x'}
        """))).isEmpty();
    assertThat(diagnostics(doc("2.6.0", """
        channels:
          a:
            bindings: [amqp]
        """))).containsExactly("spec.yaml:7:15: error: 'bindings' in channel 'a' must be an object, found a list");
  }

  @Test
  void documentTagNamesMustBeUnique() {
    assertThat(diagnostics(doc("2.6.0", """
        channels: {}
        tags:
          - name: users
          - name: orders
          - name: users
        """))).containsExactly(
        "spec.yaml:9:11: error: duplicate tag name 'users' in the document's tags (first used at spec.yaml:7:11)");
  }

  @Test
  void appwriteSpecHasNoStructuralErrorOnlyItsUnusedServerVariable() throws Exception {
    SourceFile file = new SourceFile(Specs.APPWRITE.toUri(), "appwrite-realtime.yaml");
    MapNode root = (MapNode) new YamlLoader(LoadLimits.defaults()).load(file, Files.readAllBytes(Specs.APPWRITE));
    Diagnostics diagnostics = new Diagnostics();

    StructureValidator.validate(root, "2.6.0", diagnostics);

    assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly("appwrite-realtime.yaml:38:7:"
        + " warning: server 'cloud' declares variable 'project' but its url 'cloud.appwrite.io/v1/realtime' has no"
        + " {project}");
  }

  @Test
  void versionMustBeTwoXOrThreeX() {
    assertThatThrownBy(() -> StructureValidator.validate(new MapNode(java.util.Map.of(), java.util.Map.of(), null),
        "4.0.0", new Diagnostics()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an AsyncAPI 2.x or 3.x version: 4.0.0");
  }
}
