package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SourceFile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scalars get YAML 1.2 core schema types: {@code on}, {@code yes}, {@code y} stay strings. */
class YamlCoreSchemaTest {
  private static final SourceFile FILE = new SourceFile(URI.create("file:///test.yaml"), "test.yaml");

  @Test
  void onYesOffNoStayStringsInAMessageExample() {
    var example = Specs.read(Specs.spec("yaml-core-schema/on-yes.yaml")).api()
        .channel("switches").orElseThrow().operations().get(0).messages().get(0).examples().get(0);

    @SuppressWarnings("unchecked")
    Map<String, Object> payload = (Map<String, Object>) example.payload();
    assertThat(payload).containsExactly(
        entry("on", "yes"),
        entry("off", "no"),
        entry("y", "n"),
        entry("enabled", true),
        entry("count", BigInteger.valueOf(31)),
        entry("ratio", new BigDecimal("1.5")),
        entry("nothing", null),
        entry("tilde", null));
  }

  @Test
  void onAsAKeyIsTheStringOn() {
    MapNode root = (MapNode) load("on: yes\n");

    assertThat(root.keys()).containsExactly("on");
    assertThat(scalar(root, "on").type()).isEqualTo(ScalarNode.Type.STRING);
  }

  @Test
  void coreSchemaBooleansAreOnlyTrueAndFalse() {
    MapNode root = (MapNode) load("a: True\nb: FALSE\nc: yes\nd: Off\n");

    assertThat(scalar(root, "a").value()).isEqualTo(true);
    assertThat(scalar(root, "b").value()).isEqualTo(false);
    assertThat(scalar(root, "c").value()).isEqualTo("yes");
    assertThat(scalar(root, "d").value()).isEqualTo("Off");
  }

  @Test
  void numbersInEveryCoreSchemaNotation() {
    MapNode root = (MapNode) load("hex: 0x1F\noctal: 0o17\nsigned: +7\nexp: 1e3\ninf: -.inf\nnan: .NaN\n");

    assertThat(scalar(root, "hex").value()).isEqualTo(BigInteger.valueOf(31));
    assertThat(scalar(root, "octal").value()).isEqualTo(BigInteger.valueOf(15));
    assertThat(scalar(root, "signed").value()).isEqualTo(BigInteger.valueOf(7));
    assertThat(scalar(root, "exp").value()).isEqualTo(new BigDecimal("1e3"));
    assertThat(scalar(root, "inf").value()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat((Double) scalar(root, "nan").value()).isNaN();
  }

  @Test
  void yaml11OnlyNotationsAreNotApplied() {
    MapNode root = (MapNode) load("octal11: 012\nsexagesimal: 1:20\nunderscore: 1_000\n");

    assertThat(scalar(root, "octal11").value()).isEqualTo(BigInteger.valueOf(12));
    assertThat(scalar(root, "sexagesimal").value()).isEqualTo("1:20");
    assertThat(scalar(root, "underscore").value()).isEqualTo("1_000");
  }

  @Test
  void quotedValuesAreAlwaysStrings() {
    MapNode root = (MapNode) load("a: 'true'\nb: \"42\"\nc: 'null'\n");

    assertThat(scalar(root, "a").value()).isEqualTo("true");
    assertThat(scalar(root, "b").value()).isEqualTo("42");
    assertThat(scalar(root, "c").value()).isEqualTo("null");
  }

  @Test
  void explicitStringTagKeepsANumberAsText() {
    MapNode root = (MapNode) load("version: !!str 1.0\n");

    assertThat(scalar(root, "version").type()).isEqualTo(ScalarNode.Type.STRING);
    assertThat(scalar(root, "version").value()).isEqualTo("1.0");
  }

  @Test
  void byteOrderMarkIsSkipped() {
    MapNode root = (MapNode) load("\uFEFFa: 1\n");

    assertThat(root.keys()).containsExactly("a");
  }

  @Test
  void nodesRememberWhereTheyWereWritten() {
    MapNode root = (MapNode) load("outer:\n  inner: [1, 22]\n");
    MapNode outer = (MapNode) root.get("outer");
    ListNode inner = (ListNode) outer.get("inner");

    assertThat(root.keyPosition("outer").toString()).isEqualTo("test.yaml:1:1");
    assertThat(outer.keyPosition("inner").toString()).isEqualTo("test.yaml:2:3");
    assertThat(inner.position().toString()).isEqualTo("test.yaml:2:10");
    assertThat(inner.items().get(1).position().toString()).isEqualTo("test.yaml:2:14");
  }

  private static SpecNode load(String yaml) {
    return new YamlLoader(LoadLimits.defaults()).load(FILE, yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static ScalarNode scalar(MapNode map, String key) {
    return (ScalarNode) map.get(key);
  }
}
