package dev.asyncgen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.load.SpecNode;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validator once read each spec file as JSON text; it now gets the tree straight from the
 * spec's nodes. These check that the tree is the one the text gave, node type by node type.
 */
class JsonNodesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Property(tries = 500)
  void integersBecomeTheNodesTheJsonTextGave(@ForAll("integers") String text) {
    assertSameAsThroughText(new ScalarNode(text, ScalarNode.Type.INTEGER, null));
  }

  @Property(tries = 500)
  void floatsBecomeTheNodesTheJsonTextGave(@ForAll("floats") String text) {
    assertSameAsThroughText(new ScalarNode(text, ScalarNode.Type.FLOAT, null));
  }

  @Example
  void edgeValues() {
    for (String text : new String[] {"2147483647", "2147483648", "-2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775809", "0x7fffffff", "0o17", "+5", "0"}) {
      assertSameAsThroughText(new ScalarNode(text, ScalarNode.Type.INTEGER, null));
    }
    for (String text : new String[] {"5.", "1.50", "1e3", "1E+3", "-0.0", "1e400", "-1e400", "1e-400", ".5", "+1.5",
        ".inf", "-.inf", "+.INF", ".nan", "0.1", "123456789012345678901234567890.5"}) {
      assertSameAsThroughText(new ScalarNode(text, ScalarNode.Type.FLOAT, null));
    }
    for (ScalarNode.Type type : new ScalarNode.Type[] {ScalarNode.Type.STRING, ScalarNode.Type.BOOLEAN, ScalarNode.Type.NULL}) {
      assertSameAsThroughText(new ScalarNode(type == ScalarNode.Type.BOOLEAN ? "true" : "null", type, null));
    }
  }

  @Example
  void wholeAppwriteSpec() {
    Path spec = Specs.APPWRITE.toAbsolutePath().normalize();
    SpecNode document = new SpecFiles(LoadLimits.defaults()).load(new SourceFile(spec.toUri(), "appwrite"), null);
    assertSameAsThroughText(document);
  }

  private static void assertSameAsThroughText(SpecNode node) {
    JsonNode throughText = MAPPER.readTree(JsonNodes.of(node).toString());
    JsonNode direct = JsonNodes.asParsedJson(node);
    assertThat(direct).as("%s", node).isEqualTo(throughText);
    // The node type Jackson's parser gives (IntNode, LongNode, ...); a string may be its QuotingStringNode subclass.
    assertThat(direct).as("%s", node).isInstanceOf(throughText.getClass());
  }

  @Provide
  Arbitrary<String> integers() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(25)
        .filter(s -> s.length() == 1 || s.charAt(0) != '0');
    return Combinators.combine(Arbitraries.of("", "-", "+"), digits).as(String::concat);
  }

  @Provide
  Arbitrary<String> floats() {
    Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(20);
    Arbitrary<String> exponent = Arbitraries.integers().between(-400, 400).map(e -> "e" + e).injectNull(0.5)
        .map(e -> e == null ? "" : e);
    return Combinators.combine(Arbitraries.of("", "-"), digits, Arbitraries.of(".", ""), digits.injectNull(0.3), exponent)
        // Without an exponent a float needs its dot ('5.'); with one, the dot is optional ('5e3').
        .as((sign, whole, dot, fraction, exp) ->
            sign + whole + (dot.isEmpty() && exp.isEmpty() ? "." : dot) + (fraction == null ? "" : fraction) + exp);
  }
}
