package dev.asyncgen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.load.YamlLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the JSON Schema validator fails on a message's schema instead of on an example: the spec's
 * fault is an error where it stands, a schema the validator cannot handle a warning that the
 * examples went unchecked and why, and a bug in our code is not caught.
 */
class ExampleSchemaFailuresTest {
  @TempDir
  Path dir;

  /** A spec whose component message {@code Sent} has {@code payload} and one example {@code {a: x}}. */
  private Path spec(String payload) {
    return Specs.write(dir.resolve("spec.yaml"), Specs.HEADER + """
        channels:
          a:
            subscribe:
              message:
                $ref: '#/components/messages/Sent'
        components:
          messages:
            Sent:
              payload: %s
              examples:
                - payload: {a: x}
        """.formatted(payload));
  }

  private String at(int line, int column) {
    return "spec.yaml:" + line + ":" + column + ": ";
  }

  @Test
  void referenceThatDoesNotResolveIsAnError() {
    Path spec = spec("{type: object, if: {$ref: '#/components/schemas/Nope'}}");

    assertThat(Specs.messages(Specs.readFailing(spec))).containsExactly(at(13, 16) + "error: the payload schema of "
        + "message 'Sent' has a reference that does not resolve: Reference /components/schemas/Nope cannot be resolved");
  }

  @Test
  void invalidKeywordIsAnErrorWhereItStands() {
    Path spec = spec("{$id: '::bad', type: object}");

    assertThat(Specs.messages(Specs.readFailing(spec))).containsExactly(at(13, 22) + "error: the payload schema of "
        + "message 'Sent' is not valid JSON Schema here: '::bad' is not a valid $id");
  }

  @Test
  void schemaTheValidatorCannotHandleLeavesTheExamplesUncheckedWithAWarning() {
    Path spec = spec("{type: object, properties: {a: {type: string, pattern: '['}}}");

    assertThat(Specs.read(spec).warnings()).extracting(Diagnostic::toString).containsExactly(at(13, 16)
        + "warning: the examples of message 'Sent' were not checked against its payload schema, which the JSON Schema "
        + "validator cannot handle: the pattern '[' is not a regular expression Java reads (Unclosed character class)");
  }

  /** The validator used to overflow the stack on such a schema, and the stack trace reached the user. */
  @EachVersion
  void schemaReachingItselfWithoutAStepLeavesTheExamplesUncheckedWithAWarning(SpecShape shape) {
    Path spec = Specs.write(dir.resolve("spec.yaml"), shape.oneMessage("""
                name: Sent
                payload: {$ref: '#/components/schemas/A'}
                examples:
                  - payload: 1
        """) + """
        components:
          schemas:
            A:
              oneOf:
                - $ref: '#/components/schemas/A'
                - type: string
        """);

    assertThat(Specs.read(spec).warnings()).extracting(Diagnostic::toString).contains(at(10, 18) + "warning: the"
        + " examples of message 'Sent' were not checked against its payload schema, which the JSON Schema validator"
        + " cannot handle: it reaches itself through $ref, allOf, anyOf, oneOf or not, without a property or an item"
        + " between");
  }

  @Test
  void exampleIsStillCheckedWhenTheSchemaIsFine() {
    Path spec = spec("{type: object, properties: {a: {type: integer}}}");

    assertThat(Specs.read(spec).warnings()).extracting(Diagnostic::toString).singleElement().asString()
        .contains("example '#1' of message 'Sent' does not match its payload schema at /a");
  }

  /** The payload's place becomes a URI fragment, which the validator percent-decodes: "%zz" made it throw. */
  @Test
  void channelNameWithUriCharactersStillLocatesThePayload() {
    Path spec = Specs.write(dir.resolve("spec.yaml"), Specs.HEADER + """
        channels:
          'a%zz b+é':
            subscribe:
              message:
                payload: {type: object, properties: {a: {type: integer}}}
                examples:
                  - payload: {a: x}
        """);

    assertThat(Specs.read(spec).warnings()).extracting(Diagnostic::toString).singleElement().asString()
        .contains("does not match its payload schema at /a: string found, integer expected");
  }

  @Test
  void bugInOurCodeIsNotHidden() {
    Path spec = spec("{type: object}");
    SourceFile file = new SourceFile(spec.toUri(), "spec.yaml");
    MapNode root = (MapNode) new YamlLoader(LoadLimits.defaults()).load(file, readBytes(spec));
    MapNode message = (MapNode) ((MapNode) ((MapNode) root.get("components")).get("messages")).get("Sent");
    // The first read places the payload in its file; the second comes from inside the validator.
    AtomicInteger reads = new AtomicInteger();
    Function<URI, SpecNode> broken = uri -> {
      if (reads.incrementAndGet() == 1) {
        return root;
      }
      throw new IllegalStateException("a bug in reading the spec's files");
    };

    assertThatThrownBy(() -> new ExampleValidator(broken, EnumValueFit.NONE).check("Sent", message, new Diagnostics()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a bug in reading the spec's files");
    assertThat(reads).hasValue(2);
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
