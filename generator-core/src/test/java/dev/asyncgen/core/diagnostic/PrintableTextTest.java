package dev.asyncgen.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec text printed in messages cannot drive the terminal: control characters are shown, not sent. */
class PrintableTextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "001b|ESC", "0007|BEL", "0000|NUL", "000a|line feed", "000d|carriage return", "0009|tab", "007f|DEL",
      "0080|C1 first", "009b|C1 CSI", "009f|C1 last", "2028|line separator", "2029|paragraph separator",
      "202a|LRE", "202e|RLO", "2066|LRI", "2069|PDI"})
  void controlCharacterIsEscaped(String hex, String name) {
    char c = (char) Integer.parseInt(hex, 16);

    assertThat(PrintableText.of("a" + c + "b")).as(name).isEqualTo("a\\u" + hex + "b");
  }

  @Test
  void otherTextIsLeftAlone() {
    String text = "Café 東京 🚀 \\u001b is already text, a\u00a0b";

    assertThat(PrintableText.of(text)).isSameAs(text);
  }

  @Test
  void diagnosticLineIsEscapedIncludingItsFileName() {
    SourceFile file = new SourceFile(URI.create("file:///x"), "spec\u001b[2J.yaml");
    Diagnostic diagnostic = Diagnostic.error(new SourcePosition(file, 3, 5), "channel 'a\u001b]0;title\u0007' is bad");

    assertThat(diagnostic.toString())
        .isEqualTo("spec\\u001b[2J.yaml:3:5: error: channel 'a\\u001b]0;title\\u0007' is bad");
    assertThat(diagnostic.message()).as("the raw text stays available, e.g. for JSON").contains("\u001b");
  }

  @Property(tries = 500)
  void nothingUnsafeIsLeftAndSafeTextIsKept(@ForAll String text) {
    String printable = PrintableText.of(text);

    assertThat(printable.chars().noneMatch(c -> PrintableText.isUnsafe((char) c))).isTrue();
    if (text.chars().noneMatch(c -> PrintableText.isUnsafe((char) c))) {
      assertThat(printable).isEqualTo(text);
    }
  }
}
