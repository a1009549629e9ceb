package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.PrintableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Java annotation as JLS 9.7 writes it: {@code @} QualifiedName, then optionally {@code (} element value
 * pairs or one element value {@code )}. Element values are constant expressions (literals, names, class literals,
 * operators, parentheses, {@code ?:}), nested annotations or array initializers. Only the syntax is checked: whether a
 * name resolves or a value has the element's type is javac's to say in the user's build.
 */
final class AnnotationSyntax {
  /** Operators by precedence, loosest first; {@code ?:} is handled on its own. */
  private static final List<Set<String>> BINARY = List.of(Set.of("||"), Set.of("&&"), Set.of("|"), Set.of("^"),
      Set.of("&"), Set.of("==", "!="), Set.of("<", ">", "<=", ">="), Set.of("<<", ">>", ">>>"), Set.of("+", "-"),
      Set.of("*", "/", "%"));
  private static final String[] OPERATORS = {">>>", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "(", ")", "{",
      "}", "[", "]", ",", "=", "@", ".", "?", ":", "+", "-", "*", "/", "%", "<", ">", "!", "~", "&", "|", "^"};
  /** Digits with underscores between them, as Java allows. */
  private static final String DIGITS = "[0-9](?:[0-9_]*[0-9])?";
  private static final Pattern NUMBER = Pattern.compile(
      "0[xX][0-9a-fA-F](?:[0-9a-fA-F_]*[0-9a-fA-F])?[lL]?|0[bB][01](?:[01_]*[01])?[lL]?"
          + "|(?:" + DIGITS + ")?\\.?" + DIGITS + "(?:[eE][+-]?[0-9]+)?[fFdDlL]?");
  private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
      "double", "void");

  /** The annotation's name, and the text between its parentheses, stripped (empty without any). */
  record Parsed(String name, String arguments) {}

  private enum Kind { IDENTIFIER, LITERAL, OPERATOR, END }

  private record Token(Kind kind, String text, int start) {}

  private final String text;
  private final List<Token> tokens;
  private int next;

  private AnnotationSyntax(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  static Parsed parse(String annotation) {
    String text = annotation.strip();
    AnnotationSyntax syntax = new AnnotationSyntax(text, tokenize(text));
    syntax.expect("@");
    String name = syntax.qualifiedName();
    if (syntax.peek().text().equals("(")) {
      int open = syntax.expect("(").start();
      if (!syntax.peek().text().equals(")")) {
        syntax.arguments();
      }
      int close = syntax.expect(")").start();
      syntax.expectEnd();
      return new Parsed(name, text.substring(open + 1, close).strip());
    }
    syntax.expectEnd();
    return new Parsed(name, "");
  }

  private String qualifiedName() {
    StringBuilder name = new StringBuilder(identifier());
    while (peek().text().equals(".")) {
      next++;
      name.append('.').append(identifier());
    }
    return name.toString();
  }

  private String identifier() {
    Token token = advance();
    if (token.kind() != Kind.IDENTIFIER || JavaIdentifiers.isKeyword(token.text())
        || PRIMITIVES.contains(token.text())) {
      throw error(token, "a name");
    }
    return token.text();
  }

  /** Element value pairs ({@code a = 1, b = "x"}), or one element value. */
  private void arguments() {
    if (peek().kind() == Kind.IDENTIFIER && tokens.get(next + 1).text().equals("=")) {
      do {
        identifier();
        expect("=");
        elementValue();
      } while (accept(","));
    } else {
      elementValue();
    }
  }

  private void elementValue() {
    if (peek().text().equals("@")) {
      next++;
      qualifiedName();
      if (accept("(")) {
        if (!peek().text().equals(")")) {
          arguments();
        }
        expect(")");
      }
    } else if (accept("{")) {
      while (!peek().text().equals("}")) {
        elementValue();
        if (!accept(",")) {
          break;
        }
      }
      expect("}");
    } else {
      conditional();
    }
  }

  private void conditional() {
    binary(0);
    if (accept("?")) {
      conditional();
      expect(":");
      conditional();
    }
  }

  private void binary(int level) {
    if (level == BINARY.size()) {
      unary();
      return;
    }
    binary(level + 1);
    while (peek().kind() == Kind.OPERATOR && BINARY.get(level).contains(peek().text())) {
      next++;
      binary(level + 1);
    }
  }

  private void unary() {
    if (peek().kind() == Kind.OPERATOR && Set.of("+", "-", "!", "~").contains(peek().text())) {
      next++;
      unary();
      return;
    }
    primary();
  }

  /** A literal, a parenthesized expression, a (qualified) name, or a class literal such as {@code int[].class}. */
  private void primary() {
    Token token = peek();
    if (token.kind() == Kind.LITERAL) {
      next++;
    } else if (accept("(")) {
      conditional();
      expect(")");
    } else if (token.kind() == Kind.IDENTIFIER) {
      next++;
      boolean primitive = PRIMITIVES.contains(token.text());
      if (JavaIdentifiers.isKeyword(token.text()) && !primitive && !Set.of("true", "false", "null")
          .contains(token.text())) {
        throw error(token, "a value");
      }
      while (accept(".")) {
        if (peek().text().equals("class")) {
          next++;
          return;
        }
        identifier();
      }
      if (peek().text().equals("[")) {
        while (accept("[")) {
          expect("]");
        }
        expect(".");
        expect("class");
      } else if (primitive) {
        throw error(token, "a value");
      }
    } else {
      throw error(token, "a value");
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private Token advance() {
    Token token = tokens.get(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  private boolean accept(String expected) {
    if (peek().text().equals(expected) && peek().kind() != Kind.LITERAL) {
      next++;
      return true;
    }
    return false;
  }

  private Token expect(String expected) {
    Token token = peek();
    if (!accept(expected)) {
      throw error(token, "'" + expected + "'");
    }
    return token;
  }

  private void expectEnd() {
    if (peek().kind() != Kind.END) {
      throw error(peek(), "the end of the annotation");
    }
  }

  private IllegalArgumentException error(Token token, String expected) {
    String found = token.kind() == Kind.END ? "the end" : "'" + PrintableText.of(token.text()) + "'";
    return invalid(text, "expected " + expected + " at column " + (token.start() + 1) + ", found " + found);
  }

  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || PrintableText.isUnsafe(c) || Character.isIdentifierIgnorable(c)) {
        throw invalid(text, String.format(Locale.ROOT, "it holds U+%04X at column %d, a control or invisible"
            + " character (write the annotation on one line)", (int) c, i + 1));
      }
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
        throw invalid(text, "unicode escapes (\\u) are not allowed: javac reads them before anything else");
      }
      if (c == ' ') {
        i++;
      } else if (text.startsWith("//", i) || text.startsWith("/*", i)) {
        throw invalid(text, "a comment at column " + (i + 1) + " could hide the end of the annotation");
      } else if (c == '"' || c == '\'') {
        int end = literalEnd(text, i);
        tokens.add(new Token(Kind.LITERAL, text.substring(i, end + 1), i));
        i = end + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i + 1;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))
            && !Character.isIdentifierIgnorable(text.charAt(end))) {
          end++;
        }
        tokens.add(new Token(Kind.IDENTIFIER, text.substring(i, end), i));
        i = end;
      } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        Matcher number = NUMBER.matcher(text).region(i, text.length());
        if (!number.lookingAt() || number.end() < text.length()
            && Character.isJavaIdentifierPart(text.charAt(number.end()))) {
          throw invalid(text, "the number at column " + (i + 1) + " is not a Java literal");
        }
        tokens.add(new Token(Kind.LITERAL, number.group(), i));
        i = number.end();
      } else {
        int start = i;
        String operator = null;
        for (String candidate : OPERATORS) {
          if (text.startsWith(candidate, start)) {
            operator = candidate;
            break;
          }
        }
        if (operator == null) {
          throw invalid(text, "'" + PrintableText.of(String.valueOf(c)) + "' at column " + (i + 1)
              + " has no place in an annotation");
        }
        tokens.add(new Token(Kind.OPERATOR, operator, start));
        i += operator.length();
      }
    }
    tokens.add(new Token(Kind.END, "", text.length()));
    return tokens;
  }

  /** The index of the quote that closes the string or character literal opened at {@code start}. */
  private static int literalEnd(String text, int start) {
    char quote = text.charAt(start);
    if (quote == '"' && text.startsWith("\"\"\"", start)) {
      throw invalid(text, "text blocks are not supported; use a string literal");
    }
    int length = 0;
    for (int i = start + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == quote) {
        if (quote == '\'' && length != 1) {
          throw invalid(text, "the character literal at column " + (start + 1) + " does not hold one character");
        }
        return i;
      }
      if (Character.isISOControl(c) || PrintableText.isUnsafe(c)) {
        break;
      }
      if (c == '\\') {
        i = escapeEnd(text, i);
      }
      length++;
    }
    throw invalid(text, "the " + (quote == '"' ? "string" : "character") + " literal at column " + (start + 1)
        + " is not closed");
  }

  /** The index of the last character of the escape sequence at {@code backslash}. */
  private static int escapeEnd(String text, int backslash) {
    char next = backslash + 1 < text.length() ? text.charAt(backslash + 1) : ' ';
    if ("btnfrs\"'\\".indexOf(next) >= 0) {
      return backslash + 1;
    }
    if (next >= '0' && next <= '7') {
      int end = backslash + 1;
      int max = next <= '3' ? 3 : 2;
      while (end + 1 < text.length() && end + 1 - backslash <= max && text.charAt(end + 1) >= '0'
          && text.charAt(end + 1) <= '7') {
        end++;
      }
      return end;
    }
    throw invalid(text, "the escape sequence at column " + (backslash + 1) + " is not Java's");
  }

  private static IllegalArgumentException invalid(String text, String reason) {
    return new IllegalArgumentException("'" + PrintableText.of(text) + "' is not a Java annotation: " + reason);
  }
}
