package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any string as a {@code $ref} is read into a model or refused with errors that each have a
 * position: never another exception. The strings are built from the characters that mean
 * something in a URI or a JSON pointer, after prefixes that pick each kind of reference. Named
 * *Test so that surefire runs it with the build (its default includes skip *Properties).
 */
class ReferencePropertiesTest {
  private static Path dir;

  @BeforeContainer
  static void writeAFileToReferTo() throws IOException {
    dir = Files.createTempDirectory("refs");
    Specs.write(dir.resolve("other.yaml"), "X:\n  type: string\n");
  }

  @AfterContainer
  static void deleteTheFiles() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 400)
  void anyReferenceIsReadOrRefusedWithPositionedErrors(@ForAll("references") String ref) {
    Path spec = Specs.write(dir.resolve("root.yaml"), "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\n"
        + "channels: {c: {subscribe: {message: {payload: {$ref: " + yamlDoubleQuoted(ref) + "}}}}}\n");
    assertReadOrRefusedWithPositionedErrors(spec, ref);
  }

  /** 3.x refers to channels, operations' channels and messages, replies and parameters by {@code $ref}. */
  private static final List<String> V3_PLACES = List.of(
      "channels: {c: {$ref: REF}}\n",
      "channels: {c: {address: c, messages: {m: {payload: {$ref: REF}}}}}\n",
      "channels: {c: {address: c, messages: {m: {$ref: REF}}}}\n",
      "channels: {c: {address: 'c.{p}', parameters: {p: {$ref: REF}}}}\n",
      "channels: {c: {address: c}}\noperations: {o: {action: send, channel: {$ref: REF}}}\n",
      "channels: {c: {address: c, messages: {m: {}}}}\n"
          + "operations: {o: {action: send, channel: {$ref: '#/channels/c'}, messages: [{$ref: REF}]}}\n",
      "channels: {c: {address: c}}\noperations: {o: {action: send, channel: {$ref: '#/channels/c'},"
          + " reply: {channel: {$ref: REF}}}}\n",
      "channels: {c: {address: c}}\noperations: {o: {action: send, channel: {$ref: '#/channels/c'},"
          + " reply: {$ref: REF}}}\n",
      "channels: {c: {address: c}}\noperations: {o: {$ref: REF}}\n");

  @Property(tries = 400)
  void anyReferenceInAnAsyncApi3PlaceIsReadOrRefusedWithPositionedErrors(@ForAll("places3") String place,
      @ForAll("references") String ref) {
    Path spec = Specs.write(dir.resolve("root.yaml"), "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
        + place.replace("REF", yamlDoubleQuoted(ref)));
    assertReadOrRefusedWithPositionedErrors(spec, ref);
  }

  /**
   * Found by the property above (its shrunk sample): the operation is all of other.yaml, which has
   * neither action nor channel, so that is where the errors are written and reported.
   */
  @Example
  void anOperationThatIsAnotherFileIsRefusedWithErrorsInThatFile() {
    Path spec = Specs.write(dir.resolve("root.yaml"), "asyncapi: 3.0.0\ninfo: {title: t, version: '1'}\n"
        + "channels: {c: {address: c}}\noperations: {o: {$ref: \"other.yaml\"}}\n");

    assertThat(Specs.messages(Specs.readFailing(spec))).containsExactly(
        "other.yaml:1:1: error: 'action' in operation 'o' must be send or receive, found none",
        "other.yaml:1:1: error: operation 'o' needs a 'channel': a $ref to one of the document's channels,"
            + " such as '#/channels/userSignedUp'");
    assertReadOrRefusedWithPositionedErrors(spec, "other.yaml");
  }

  /**
   * Read, or refused with errors that each have a position in a file of the document: root.yaml, or
   * other.yaml when the reference names it, since what is wrong there is reported where it is written.
   */
  private static void assertReadOrRefusedWithPositionedErrors(Path spec, String ref) {
    List<String> files = ref.contains("other.yaml") ? List.of("root.yaml:", "other.yaml:") : List.of("root.yaml:");
    try {
      SpecReader.read(ReadRequest.of(spec));
    } catch (SpecException e) {
      assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.position()).isNotNull());
      assertThat(e.diagnostics()).extracting(Diagnostic::toString)
          .allMatch(message -> files.stream().anyMatch(message::startsWith), "positioned in " + files);
    }
  }

  @Provide
  Arbitrary<String> places3() {
    return Arbitraries.of(V3_PLACES);
  }

  @Provide
  Arbitrary<String> references() {
    Arbitrary<String> prefix = Arbitraries.of("", "file:", "file://", "file:///", "file://localhost/", "FILE:", "#",
        "#/", "#/channels/", "other.yaml", "other.yaml#", "other.yaml#/", "./", "../", "/", "http://", "https://[",
        "mailto:", "C:", "\\\\", "#/channels/c", "#/channels/c/messages/", "#/operations/", "#/components/");
    Arbitrary<String> uriish = Arbitraries.strings().withChars("%~#/:.?@[]\\ aX09Fz+é\u0000").ofMaxLength(16);
    Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(16)
        .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c)));
    return Combinators.combine(prefix, Arbitraries.oneOf(uriish, uriish, anything)).as(String::concat);
  }

  /** A YAML double-quoted scalar: every character outside printable ASCII as a {@code \\u} escape. */
  private static String yamlDoubleQuoted(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    text.chars().forEach(c -> {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append((char) c);
      } else if (c < 0x20 || c > 0x7e) {
        quoted.append(String.format("\\u%04x", c));
      } else {
        quoted.append((char) c);
      }
    });
    return quoted.append('"').toString();
  }
}
