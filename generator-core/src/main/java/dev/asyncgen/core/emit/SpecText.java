package dev.asyncgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.asyncgen.core.diagnostic.PrintableText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one way text from a spec (or the spec's path) reaches generated source: as Javadoc, as a
 * {@code {@code}} span, as a {@code //} comment or as a string literal. Spec text is data, so
 * none of these can end a comment, start a tag, or hide a Unicode escape that javac would read
 * before it reads comments and literals, and none holds a raw character that makes the source read
 * differently from what it is (control characters, bidirectional overrides).
 */
final class SpecText {
  /** Javadoc text is wrapped at this many characters; indentation and " * " come on top. */
  static final int JAVADOC_WIDTH = 100;
  /**
   * Longer string literals are split into constant pieces joined by {@code +}, at which JavaPoet
   * wraps a line that is too long; a piece ends after a separator from this length on.
   */
  private static final int LITERAL_PIECE = 50;
  private static final int LITERAL_MAX_PIECE = 80;
  private static final char REPLACEMENT = '\uFFFD';
  /** Stands for a space inside a code span while lines are wrapped; control characters never survive escaping. */
  private static final char KEEP_SPACE = '\u0000';
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern LINE_END = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

  private SpecText() {}

  /**
   * Markdown as Javadoc text, or null when there is none: HTML, {@code @} and {@code \} written as
   * entities (so no tag, no HTML, no Unicode escape), {@code *}{@code /} and {@code /}{@code *} broken,
   * code spans as {@link #code}, lines wrapped at {@value #JAVADOC_WIDTH}.
   */
  static String javadoc(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines(markdown.strip())) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(wrap(javadocLine(line)));
    }
    return out.toString();
  }

  /** The text as a Javadoc block ending in a newline, or an empty block when there is none. */
  static CodeBlock javadocBlock(String markdown) {
    String text = javadoc(markdown);
    return text == null ? CodeBlock.of("") : CodeBlock.of("$L\n", text);
  }

  /**
   * Text shown as code in Javadoc: {@code {@code text}} when that reads back as exactly the text,
   * else {@code <code>} with the text escaped as in {@link #javadoc}, which is always valid.
   */
  static String code(String text) {
    if (isPlainCode(text)) {
      return "{@code " + text + "}";
    }
    String escaped = escapeHtml(LINE_BREAK.matcher(text).replaceAll(" "));
    // Doclint refuses an empty <code>: blank text shows as entities, empty text as "".
    return "<code>" + (text.isEmpty() ? "\"\"" : escaped.isBlank() ? "&#32;".repeat(escaped.length()) : escaped)
        + "</code>";
  }

  /**
   * Text for a {@code //} comment: one line, control characters replaced, and every run of
   * backslashes before a {@code u} made even so that javac reads no Unicode escape (a newline
   * written as one would end the comment).
   */
  static String lineComment(String text) {
    StringBuilder out = new StringBuilder();
    int backslashes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'u' && backslashes % 2 == 1) {
        out.append('\\');
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      out.append(isUnsafe(text, i) ? REPLACEMENT : c);
    }
    return out.toString();
  }

  /**
   * A string literal with exactly this value, a compile-time constant. Quotes, backslashes, control
   * and line-separator characters and unpaired surrogates are escaped (a surrogate cannot be written
   * as UTF-8); a long value is split into pieces joined by {@code +} at which the line may wrap.
   */
  static CodeBlock literal(String text) {
    if (text.length() <= LITERAL_MAX_PIECE) {
      return CodeBlock.of("$L", literalPiece(text, 0, text.length()));
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder("\"");
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean breakable = length >= LITERAL_PIECE && " ./,;:)".indexOf(text.charAt(i - 1)) >= 0;
      // A surrogate pair stays in one piece: each half alone could not be written as UTF-8.
      if ((breakable || length >= LITERAL_MAX_PIECE) && !Character.isLowSurrogate(text.charAt(i))) {
        pieces.add(piece.append('"').toString());
        piece = new StringBuilder("\"");
        length = 0;
      }
      String escaped = literalChar(text, i);
      piece.append(escaped);
      length += escaped.length();
    }
    pieces.add(piece.append('"').toString());
    return pieces.stream().map(p -> CodeBlock.of("$L", p)).collect(CodeBlock.joining(" +$W"));
  }

  private static String literalPiece(String text, int from, int to) {
    StringBuilder piece = new StringBuilder("\"");
    for (int i = from; i < to; i++) {
      piece.append(literalChar(text, i));
    }
    return piece.append('"').toString();
  }

  private static String literalChar(String text, int i) {
    char c = text.charAt(i);
    return switch (c) {
      case '"' -> "\\\"";
      // JDK 17's javac rejects an escaped backslash right after a Unicode escape; octal 134 avoids that.
      case '\\' -> i > 0 && isUnsafe(text, i - 1) ? "\\134" : "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      // Other characters that are unsafe raw become escapes, read back by javac as themselves.
      default -> isUnsafe(text, i) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    };
  }

  private static List<String> lines(String text) {
    return List.of(LINE_END.split(text.replace("\r\n", "\n"), -1));
  }

  private static String javadocLine(String line) {
    StringBuilder out = new StringBuilder();
    Matcher span = CODE_SPAN.matcher(line);
    int from = 0;
    while (span.find()) {
      out.append(escapeHtml(line.substring(from, span.start())));
      out.append(code(span.group(1)).replace(' ', KEEP_SPACE));
      from = span.end();
    }
    return out.append(escapeHtml(line.substring(from))).toString();
  }

  /** Greedy wrapping at spaces outside code spans; a word longer than the width keeps its own line. */
  private static String wrap(String line) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    String[] words = line.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      if (i > 0 && lineLength > 0 && lineLength + 1 + words[i].length() > JAVADOC_WIDTH) {
        out.append('\n');
        lineLength = 0;
      } else if (i > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(words[i]);
      lineLength += words[i].length();
    }
    return out.toString().replace(KEEP_SPACE, ' ').stripTrailing();
  }

  private static String escapeHtml(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        // No tag (block or inline) can start, and no Unicode escape, whatever the backslashes before it.
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(isCommentEdge(text, i) ? "&#47;" : "/");
        default -> out.append(isUnsafe(text, i) && c != '\t' ? REPLACEMENT : c);
      }
    }
    return out.toString();
  }

  /** A slash next to a star: part of a comment's start or end. */
  private static boolean isCommentEdge(String text, int i) {
    return i > 0 && text.charAt(i - 1) == '*' || i + 1 < text.length() && text.charAt(i + 1) == '*';
  }

  /** Whether {@code {@code text}} is valid and shows exactly the text: its braces balance, as javadoc requires. */
  private static boolean isPlainCode(String text) {
    if (text.isBlank() || text.contains("*/") || text.contains("/*") || text.startsWith(" ")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0 || c == '\\' || c == '@' || isUnsafe(text, i)) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * Control characters, line and paragraph separators, bidirectional overrides and isolates (which
   * make source read differently from what javac compiles: "Trojan Source"), and surrogates that
   * are not part of a pair.
   */
  private static boolean isUnsafe(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return PrintableText.isUnsafe(c);
  }
}
