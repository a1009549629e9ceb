package dev.asyncgen.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.diff.DiffReport;
import dev.asyncgen.core.diff.DiffRequest;
import dev.asyncgen.core.diff.Finding;
import dev.asyncgen.core.diff.Level;
import dev.asyncgen.core.diff.Rule;
import dev.asyncgen.core.diff.SpecDiff;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** One random constraint tightened on data generated code sends: exactly one finding, the expected one. */
class ConstraintDiffPropertiesTest {
  /** A message generated code sends (2.x publish), with a property of each kind that takes bounds. */
  private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: t, version: '1'}
      channels:
        commands:
          publish:
            message:
              payload: {$ref: '#/components/schemas/Command'}
      components:
        schemas:
          Command:
            type: object
            properties:
              name: {type: string%s}
              size: {type: integer%s}
              tags: {type: array, items: {type: string}%s}
      """;

  private static final List<String> PROPERTIES = List.of("name", "size", "tags");

  /**
   * A bound on one property, before (absent when {@code old} is null) and after tightening.
   *
   * @param property index into {@link #PROPERTIES}
   */
  record Tightening(int property, String keyword, Integer old, int tighter) {
    String spec(Integer value) {
      Object[] bounds = {"", "", ""};
      if (value != null) {
        bounds[property] = ", " + keyword + ": " + value;
      }
      return SPEC.formatted(bounds);
    }

    String subject() {
      return "Command." + PROPERTIES.get(property);
    }
  }

  @Property(tries = 25)
  void aSpecAgainstItselfHasNoFindings(@ForAll("tightenings") Tightening change) throws IOException {
    assertEquals(List.of(), diff(change.spec(change.old()), change.spec(change.old())).findings());
  }

  @Property(tries = 25)
  void oneConstraintTightenedOnSentDataIsOneWarning(@ForAll("tightenings") Tightening change) throws IOException {
    DiffReport report = diff(change.spec(change.old()), change.spec(change.tighter()));
    assertEquals(1, report.findings().size(), report.text());
    Finding finding = report.findings().get(0);
    assertEquals(List.of(Rule.CONSTRAINT_TIGHTENED, Level.WARN, change.subject()),
        List.of(finding.rule(), finding.level(), finding.subject()), report.text());

    DiffReport back = diff(change.spec(change.tighter()), change.spec(change.old()));
    assertEquals(List.of(Rule.CONSTRAINT_LOOSENED + " " + Level.INFO + " " + change.subject()),
        back.findings().stream().map(f -> f.rule() + " " + f.level() + " " + f.subject()).toList(), back.text());
  }

  @Provide
  Arbitrary<Tightening> tightenings() {
    Arbitrary<int[]> target = Arbitraries.of(new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 2}, new int[] {1, 3},
        new int[] {1, 4}, new int[] {1, 5}, new int[] {2, 6}, new int[] {2, 7});
    List<String> keywords = List.of("minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "minItems", "maxItems");
    return Combinators.combine(target, Arbitraries.integers().between(101, 1000).injectNull(0.3),
        Arbitraries.integers().between(1, 100)).as((which, old, delta) -> {
          String keyword = keywords.get(which[1]);
          int base = old == null ? 500 : old;
          int tighter = keyword.toLowerCase(java.util.Locale.ROOT).contains("min") ? base + delta : base - delta;
          return new Tightening(which[0], keyword, old, tighter);
        });
  }

  private static DiffReport diff(String before, String after) throws IOException {
    Path dir = Files.createTempDirectory("constraints");
    try {
      Path old = Files.writeString(dir.resolve("old.yaml"), before);
      Path now = Files.writeString(dir.resolve("new.yaml"), after);
      return SpecDiff.diff(new DiffRequest(ReadRequest.of(old).withDisplayPath("old.yaml"),
          ReadRequest.of(now).withDisplayPath("new.yaml"), GenerationOptions.forPackage("com.example.diff")));
    } finally {
      for (String file : List.of("old.yaml", "new.yaml")) {
        Files.deleteIfExists(dir.resolve(file));
      }
      Files.delete(dir);
    }
  }
}
