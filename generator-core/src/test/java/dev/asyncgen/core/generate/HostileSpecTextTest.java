package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec text is data: the known ways it became code (a Unicode-escaped comment end, a property
 * name that ends the comment of its {@code {@code}} span, a description line read as a tag) now
 * compile with every lint as an error and doclint, into exactly the classes the shape asks for.
 */
class HostileSpecTextTest {
  private static final String PACKAGE = "com.example.hostile";

  @TempDir
  Path folder;

  @EachVersion
  void aUnicodeEscapedCommentEndInADescriptionStaysText(SpecShape shape) throws IOException {
    assertOnlyExpectedClasses(shape, generate(shape, List.of("item", "const", "inner", "a", "b",
        "\\u002a/ class X {} /*", "\\\\u002a/ class Y {} /*", "\\\\\\u002a/ class Z {} /*")));
  }

  @EachVersion
  void aPropertyNamedLikeACommentEndStaysText(SpecShape shape) throws IOException {
    assertOnlyExpectedClasses(shape, generate(shape, List.of("*/ class Evil { static { System.exit(3); } } /*", "*/", "/*", "a",
        "b", "description")));
  }

  @EachVersion
  void descriptionLinesThatLookLikeTagsAreNotTags(SpecShape shape) throws IOException {
    // As tags, @deprecated would need @Deprecated ([dep-ann]) and @param a parameter that exists.
    assertOnlyExpectedClasses(shape, generate(shape, List.of("item", "const", "inner", "a", "b",
        "@deprecated use something else", "first\n@param nothing at all\n * @return x", "{@code x", "`}`")));
  }

  @EachVersion
  void stringLiteralsKeepQuotesBackslashesAndUnwritableCharacters(SpecShape shape) throws IOException {
    assertOnlyExpectedClasses(shape, generate(shape, List.of("\\u0022); class Q {} //", "\"\\", "\u2028\u2029\u0085", "\ud800",
        "\u001b[31m\u0007", "plain")));
  }

  /** Trojan Source: a raw override or isolate would make comments and literals read as other code. */
  @EachVersion
  void bidirectionalOverridesAndIsolatesNeverReachTheSourceRaw(SpecShape shape) throws IOException {
    List<String> texts = List.of("access\u202e \u2066// admin\u2069 \u2067x", "\u202a\u202b\u202c\u202d",
        "plain", "a\u2068b", "item", "inner");
    Map<String, String> files = generate(shape, texts);
    files.forEach((name, text) -> assertThat(text.chars().filter(c -> c >= 0x202a && c <= 0x202e
        || c >= 0x2066 && c <= 0x2069)).as(name).isEmpty());
    assertThat(String.join("\n", files.values())).contains("\\u202e");
    assertOnlyExpectedClasses(shape, files);
  }

  @EachVersion
  void aSpecPathWithAUnicodeEscapedNewlineStaysInTheHeaderComment(SpecShape shape) throws IOException {
    Path spec = Files.writeString(folder.resolve("plain.json"), HostileSpecs.document(shape, List.of("plain")));
    Map<String, String> files = SourceGenerator.generate(
        ReadRequest.of(spec).withDisplayPath("specs/\\u000aclass H {} //\n.json"),
        GenerationOptions.forPackage(PACKAGE)).files();
    assertOnlyExpectedClasses(shape, files);
  }

  @Test
  void namesMadeOfPunctuationGiveValidDistinctJavaNames() throws IOException {
    // Nested types, components and constants from names without a letter: *\/ and /* among them.
    Path spec = Files.writeString(folder.resolve("punctuation.json"), """
        {"asyncapi":"2.6.0","info":{"title":"t","version":"1"},
         "channels":{"a":{"subscribe":{"message":{"payload":{"$ref":"#/components/schemas/X"}}}}},
         "components":{"schemas":{"X":{"type":"object","properties":{
           "*/":{"type":"object","properties":{"a":{"type":"string"}}},
           "/*":{"type":"object","properties":{"b":{"type":"string"}}},
           "**":{"type":"string","enum":["*/","/*","-"]},
           "@@":{"type":"string","enum":["x","y"]}}}}}}
        """);
    Map<String, String> files = SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage(PACKAGE))
        .files();
    // Four nested types, and the Known enum inside each of the two open enums.
    assertThat(GeneratedCode.compiledClasses(files)).hasSize(files.size() + 6);
  }

  /** The files, or a failure when generation fails (these specs are all valid). */
  private Map<String, String> generate(SpecShape shape, List<String> texts) throws IOException {
    Path spec = Files.writeString(folder.resolve("hostile.json"), HostileSpecs.document(shape, texts));
    return SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage(PACKAGE)).files();
  }

  /** Compiles strictly; every class is a generated file's type or a nested type the shape gives. */
  static void assertOnlyExpectedClasses(SpecShape shape, Map<String, String> files) {
    Set<String> expected = new TreeSet<>(GeneratedCode.fileTypes(files));
    expected.addAll(ExpectedNested.CLASSES.get(shape));
    // Values with a * segment make Kind an event-pattern enum, which has no Known enum as an open enum does.
    if (files.values().stream().anyMatch(text -> text.contains("enum Kind implements EventPattern"))) {
      expected.remove(PACKAGE + ".Item$Kind$Known");
    }
    // A parameter whose listed values cannot all be channel segments (a * pattern) stays a String: no enum file,
    // so none of its nested types either.
    Set<String> fileTypes = GeneratedCode.fileTypes(files);
    expected.removeIf(name -> name.contains("$") && !fileTypes.contains(name.substring(0, name.indexOf('$'))));
    assertThat(GeneratedCode.compiledClasses(files)).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The nested classes of the spec shape, from plain text: the same for any text. */
  private static final class ExpectedNested {
    static final Map<SpecShape, Set<String>> CLASSES = Map.of(SpecShape.V2, nestedClasses(SpecShape.V2),
        SpecShape.V3, nestedClasses(SpecShape.V3));

    private static Set<String> nestedClasses(SpecShape shape) {
      try {
        Path spec = Files.createTempFile("plain", ".json");
        try {
          Files.writeString(spec, HostileSpecs.document(shape, List.of("plain")));
          Map<String, String> files = SourceGenerator.generate(ReadRequest.of(spec),
              GenerationOptions.forPackage(PACKAGE)).files();
          Set<String> nested = new TreeSet<>(GeneratedCode.compiledClasses(files));
          nested.removeAll(GeneratedCode.fileTypes(files));
          return nested;
        } finally {
          Files.delete(spec);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
