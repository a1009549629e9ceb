package dev.asyncgen.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/** What each kind of hostile text becomes; HostileSpecTextTest compiles it in generated code. */
class SpecTextTest {
  @Test
  void javadocHasNoCommentEndTagHtmlOrBackslash() {
    String text = SpecText.javadoc("a */ b /* c \\u002a/ <b>&</b>\n@deprecated {@code x");
    assertThat(text).doesNotContain("*/", "/*", "\\", "<b>", "@");
    assertThat(text).isEqualTo("a *&#47; b &#47;* c &#92;u002a/ &lt;b&gt;&amp;&lt;/b&gt;\n"
        + "&#64;deprecated {&#64;code x");
  }

  @Test
  void codeSpansStayCodeInTheFormThatIsValidForThem() {
    assertThat(SpecText.javadoc("use `users.{id}` or `a}b` or `*/`"))
        .isEqualTo("use {@code users.{id}} or <code>a}b</code> or <code>*&#47;</code>");
    assertThat(SpecText.code("")).isEqualTo("<code>\"\"</code>");
    assertThat(SpecText.code("@x")).isEqualTo("<code>&#64;x</code>");
  }

  @Test
  void javadocWrapsOutsideCodeSpans() {
    String words = "word ".repeat(40) + "`a code span with spaces`";
    for (String line : SpecText.javadoc(words).split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(SpecText.JAVADOC_WIDTH);
    }
    assertThat(SpecText.javadoc(words)).contains("{@code a code span with spaces}");
  }

  @Test
  void lineCommentsMakeEveryBackslashRunBeforeUEven() {
    assertThat(SpecText.lineComment("a\\u000aclass X")).isEqualTo("a\\\\u000aclass X");
    assertThat(SpecText.lineComment("a\\\\u000a")).isEqualTo("a\\\\u000a");
    assertThat(SpecText.lineComment("a\\\\\\u000a\nb")).isEqualTo("a\\\\\\\\u000a\uFFFDb");
  }

  @Test
  void literalsEscapeWhatCannotBeWrittenRaw() {
    assertThat(SpecText.literal("\"\\u0022\\\u0000\u2028\ud800\uD83D\uDE00").toString())
        .isEqualTo("\"\\\"\\\\u0022\\\\\\u0000\\u2028\\ud800\uD83D\uDE00\"");
  }

  @Test
  void longLiteralsArePiecesThatKeepSurrogatePairsWhole() {
    String text = "\uD83D\uDE00".repeat(100);
    String literal = SpecText.literal(text).toString();
    assertThat(literal).contains("\" +");
    for (String piece : literal.split("\" \\+\\s*\"")) {
      assertThat(Character.isLowSurrogate(piece.replace("\"", "").charAt(0))).isFalse();
    }
  }

  @Test
  void aBackslashRightAfterAnEscapedCharacterIsOctalSoThatJavacReadsIt() {
    String literal = SpecText.literal("\ud800" + "\\u002a/").toString();
    assertThat(literal).isEqualTo("\"\\ud800\\134u002a/\"");
    assertThat(Compiler.javac().compile(JavaFileObjects.forSourceString(
        "A", "class A { static final String S = " + literal + "; }"))).succeeded();
  }
}
