package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.model.EventPattern;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The generated {@code EventPattern.matches} and the model's, which checks examples, give the same
 * answer for any pattern and name: one rule, in two places that cannot drift apart unnoticed.
 */
class EventPatternAgreementProperties {
  private static final String GENERATED = GeneratedCode.APPWRITE_PACKAGE + ".EventPattern";
  private static ClassLoader loader;

  @BeforeContainer
  static void compileTheGeneratedMatcherOnce() {
    String path = GENERATED.replace('.', '/') + ".java";
    loader = GeneratedCode.compile(Map.of(path, GeneratedCode.appwrite().files().get(path)));
  }

  @Property(tries = 2000)
  void generatedMatcherAgreesWithTheModel(@ForAll("names") String pattern, @ForAll("names") String name)
      throws Throwable {
    boolean generated = (Boolean) GeneratedCode.call(loader, GENERATED, "matches", pattern, name);
    assertThat(generated).as("%s against %s", pattern, name).isEqualTo(new EventPattern(pattern).matches(name));
  }

  /** Dotted names from few segments, so that patterns and names often nearly match; empty segments included. */
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> segmented = Arbitraries.of("users", "42", "update", "*", "", "a*", "**")
        .list().ofMinSize(1).ofMaxSize(5).map(segments -> String.join(".", segments));
    Arbitrary<String> raw = Arbitraries.strings().withChars("u*.").ofMaxLength(6);
    return Arbitraries.oneOf(segmented, raw);
  }
}
