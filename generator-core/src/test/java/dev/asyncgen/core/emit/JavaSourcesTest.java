package dev.asyncgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JavaSourcesTest {
  @Test
  void dropsTheBlanksThatEndALineAndNoOthers() {
    assertThat(JavaSources.withoutTrailingBlanks("int a = \n    1;\t \nb \t c\n\n  \nend  "))
        .isEqualTo("int a =\n    1;\nb \t c\n\n\nend  ");
  }

  @Test
  void returnsTextWithoutTrailingBlanksAsItIs() {
    String text = "class A {\n    int a;\r\n}\n";

    assertThat(JavaSources.withoutTrailingBlanks(text)).isSameAs(text);
  }

  /** The scan replaced {@code replaceAll("[ \t]+\n", "\n")}; on any mix of these characters both agree. */
  @Test
  void agreesWithTheRegularExpressionItReplaced() {
    Random random = new Random(23);
    char[] alphabet = {' ', '\t', '\n', '\r', 'x'};
    for (int run = 0; run < 2_000; run++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String source = text.toString();
      assertThat(JavaSources.withoutTrailingBlanks(source)).as("%s", source.replace("\t", "\\t").replace("\n", "\\n"))
          .isEqualTo(source.replaceAll("[ \t]+\n", "\n"));
    }
  }
}
