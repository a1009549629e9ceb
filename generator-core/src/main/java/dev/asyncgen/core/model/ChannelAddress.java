package dev.asyncgen.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A channel name template such as {@code databases.{databaseId}.collections} as alternating
 * literal text and parameter references.
 */
public record ChannelAddress(String template, List<Part> parts) {
  public sealed interface Part permits Literal, ParameterRef {}

  public record Literal(String text) implements Part {}

  public record ParameterRef(String name) implements Part {}

  public ChannelAddress {
    parts = List.copyOf(parts);
  }

  /** Splits a template at its {@code {name}} placeholders; an unclosed or reopened brace stays literal text. */
  public static ChannelAddress parse(String template) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      // As the checks read it (ServerUrls): a name holds no brace, so a '{' opened again before '}' is text.
      int reopen = template.indexOf('{', i + 1);
      if (close > i + 1 && (reopen < 0 || reopen > close)) {
        if (literal.length() > 0) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        parts.add(new ParameterRef(template.substring(i + 1, close)));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return new ChannelAddress(template, parts);
  }

  public List<String> parameterNames() {
    return parts.stream()
        .filter(ParameterRef.class::isInstance)
        .map(p -> ((ParameterRef) p).name())
        .distinct()
        .toList();
  }

  /** The separator between segments: {@code /} when the name has one, else {@code .}. */
  public char separator() {
    return template.indexOf('/') >= 0 ? '/' : '.';
  }

  /** The parts split into segments at the separator; a segment may mix text and parameters. */
  public List<List<Part>> segments() {
    char separator = separator();
    List<List<Part>> segments = new ArrayList<>();
    List<Part> current = new ArrayList<>();
    for (Part part : parts) {
      if (part instanceof ParameterRef) {
        current.add(part);
        continue;
      }
      String text = ((Literal) part).text();
      int start = 0;
      for (int i = 0; i <= text.length(); i++) {
        if (i == text.length() || text.charAt(i) == separator) {
          if (i > start) {
            current.add(new Literal(text.substring(start, i)));
          }
          if (i < text.length()) {
            segments.add(List.copyOf(current));
            current.clear();
          }
          start = i + 1;
        }
      }
    }
    segments.add(List.copyOf(current));
    return segments;
  }
}
