package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.PrintableText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * An annotation a user adds to every generated model type ({@code --model-annotation}), read from its Java source:
 * {@code @} and a (qualified) name, then optionally arguments in parentheses. The arguments are the user's code and
 * are written as given, but only once they are known to stay inside the parentheses: brackets balance, literals are
 * closed, and there is no comment, {@code ;}, line break or unicode escape that could end the annotation early.
 *
 * @param type the annotation type
 * @param arguments the text between the parentheses, stripped; empty when there is none
 */
public record ModelAnnotation(ClassName type, String arguments) {
  /**
   * Reads {@code text}.
   *
   * @throws IllegalArgumentException saying why it is not an annotation asyncgen writes
   */
  public static ModelAnnotation parse(String text) {
    String source = text.strip();
    if (!source.startsWith("@")) {
      throw invalid(text, "it does not start with @");
    }
    int open = source.indexOf('(');
    String name = (open < 0 ? source.substring(1) : source.substring(1, open)).strip();
    ClassName type = typeNamed(text, name);
    if (open < 0) {
      return new ModelAnnotation(type, "");
    }
    int close = closingParenthesis(text, source, open);
    if (close != source.length() - 1) {
      throw invalid(text, "there is text after the closing parenthesis at column " + (close + 2));
    }
    return new ModelAnnotation(type, source.substring(open + 1, close).strip());
  }

  private static ClassName typeNamed(String text, String name) {
    String[] segments = name.split("\\.", -1);
    for (String segment : segments) {
      if (segment.isEmpty() || !Character.isJavaIdentifierStart(segment.codePointAt(0))
          || !segment.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c))
          || JavaIdentifiers.isKeyword(segment)) {
        throw invalid(text, "'" + PrintableText.of(name) + "' is not a Java type name");
      }
    }
    if (segments.length == 1) {
      return ClassName.get("", segments[0]);
    }
    return JavaTypeNames.className(name);
  }

  /** The index of the parenthesis that closes the one at {@code open}, checking everything between them. */
  private static int closingParenthesis(String text, String source, int open) {
    Deque<Character> brackets = new ArrayDeque<>();
    int i = open;
    while (i < source.length()) {
      char c = source.charAt(i);
      checkCharacter(text, source, i);
      switch (c) {
        case '(', '[', '{' -> brackets.push(c);
        case ')', ']', '}' -> {
          char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
          if (brackets.isEmpty() || brackets.pop() != expected) {
            throw invalid(text, "'" + c + "' at column " + (i + 1) + " closes nothing that is open");
          }
          if (brackets.isEmpty()) {
            return i;
          }
        }
        case '"' -> {
          if (source.startsWith("\"\"\"", i)) {
            throw invalid(text, "text blocks are not supported; use a string literal");
          }
          i = literalEnd(text, source, i, '"');
        }
        case '\'' -> i = literalEnd(text, source, i, '\'');
        case ';' -> throw invalid(text, "';' at column " + (i + 1) + " would end the annotation");
        case '/' -> {
          if (source.startsWith("//", i) || source.startsWith("/*", i)) {
            throw invalid(text, "a comment at column " + (i + 1) + " could hide the closing parenthesis");
          }
        }
        default -> { }
      }
      i++;
    }
    throw invalid(text, "the parenthesis at column " + (open + 1) + " is not closed");
  }

  /** The index of the quote that closes the literal opened at {@code start}. */
  private static int literalEnd(String text, String source, int start, char quote) {
    String what = quote == '"' ? "string" : "character";
    int length = 0;
    for (int i = start + 1; i < source.length(); i++) {
      char c = source.charAt(i);
      checkCharacter(text, source, i);
      if (c == quote) {
        if (quote == '\'' && length != 1) {
          throw invalid(text, "the character literal at column " + (start + 1) + " does not hold one character");
        }
        return i;
      }
      if (c == '\\') {
        i = escapeEnd(text, source, i);
      }
      length++;
    }
    throw invalid(text, "the " + what + " literal at column " + (start + 1) + " is not closed");
  }

  /** The index of the last character of the escape sequence at {@code backslash}. */
  private static int escapeEnd(String text, String source, int backslash) {
    if (backslash + 1 >= source.length()) {
      throw invalid(text, "the escape sequence at column " + (backslash + 1) + " is cut off");
    }
    char next = source.charAt(backslash + 1);
    if ("btnfrs\"'\\".indexOf(next) >= 0) {
      return backslash + 1;
    }
    if (next >= '0' && next <= '7') {
      int end = backslash + 1;
      int max = next <= '3' ? 3 : 2;
      while (end + 1 < source.length() && end + 1 - backslash <= max && source.charAt(end + 1) >= '0'
          && source.charAt(end + 1) <= '7') {
        end++;
      }
      return end;
    }
    throw invalid(text, "'\\" + PrintableText.of(String.valueOf(next)) + "' at column " + (backslash + 1)
        + " is not a Java escape sequence");
  }

  /** Line breaks, control and invisible characters, and unicode escapes (javac reads them first) are refused. */
  private static void checkCharacter(String text, String source, int i) {
    char c = source.charAt(i);
    if (Character.isISOControl(c) || PrintableText.isUnsafe(c) || Character.isIdentifierIgnorable(c)) {
      throw invalid(text, String.format(Locale.ROOT, "it holds U+%04X at column %d, a control or invisible character",
          (int) c, i + 1));
    }
    if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
      throw invalid(text, "unicode escapes (\\u) are not allowed: javac reads them before anything else");
    }
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("'" + PrintableText.of(text) + "' is not a Java annotation: " + reason);
  }
}
