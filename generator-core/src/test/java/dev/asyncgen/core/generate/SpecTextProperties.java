package dev.asyncgen.core.generate;

import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random and hostile strings in every text position of a spec: generation either fails with a
 * clean SpecException or gives code that compiles with every lint as an error and doclint, into
 * exactly the classes the spec's shape gives. A try puts a batch of strings in one spec and
 * compiles once, so that 60 tries cost a few seconds.
 */
class SpecTextProperties {
  private static final List<String> FRAGMENTS = List.of(
      "*/", "/*", "\\u002a/", "\\\\u002a/", "\\\\\\u002a/", "\\u000a", "\\", "\"", "'", "@deprecated", "@param x",
      "\n@return", "\n * @deprecated", "{@code", "{@link X}", "{", "}", "<", ">", "&", "&amp;", "&bogus;", "<p>",
      "</code>", "<!--", "`", "`code`", "`*/`", "`{`", "`@x`", "class X {}", "static { }", "$L", "$S", "%s",
      "\u0000", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u2028", "\u2029", "\ud800", "\udc00",
      "\uD83D\uDE00", "\t", "\r", "\r\n", "\n\n", " ", "é", "a.*.b", "users.*", "x".repeat(300));

  @Property(tries = 60)
  void hostileTextNeverBecomesCodeInAsyncApi2(@ForAll("batches") List<String> texts) throws IOException {
    assertNeverCode(SpecShape.V2, texts);
  }

  @Property(tries = 60)
  void hostileTextNeverBecomesCodeInAsyncApi3(@ForAll("batches3") List<String> texts) throws IOException {
    assertNeverCode(SpecShape.V3, texts);
  }

  private static void assertNeverCode(SpecShape shape, List<String> texts) throws IOException {
    Map<String, String> files = GeneratedCode.generateOrNull(HostileSpecs.document(shape, texts),
        GenerationOptions.forPackage("com.example.hostile"));
    if (files == null) {
      return;
    }
    HostileSpecTextTest.assertOnlyExpectedClasses(shape, files);
  }

  @Provide
  Arbitrary<List<String>> batches() {
    return texts().list().ofSize(HostileSpecs.POSITIONS);
  }

  @Provide
  Arbitrary<List<String>> batches3() {
    return texts().list().ofSize(HostileSpecs.POSITIONS_3);
  }

  private static Arbitrary<String> texts() {
    Arbitrary<String> hostile = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(6)
        .map(parts -> String.join("", parts));
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(12);
    Arbitrary<String> longLines = Arbitraries.of(FRAGMENTS).list().ofSize(200).map(parts -> String.join(" ", parts));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, hostile), net.jqwik.api.Tuple.of(3, random), net.jqwik.api.Tuple.of(1, longLines));
  }
}
