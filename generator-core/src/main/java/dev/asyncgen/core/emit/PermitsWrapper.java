package dev.asyncgen.core.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps a sealed type's {@code permits} clause that would pass the line width: JavaPoet writes the
 * whole clause on the declaration's line, however many types it names.
 */
final class PermitsWrapper {
  static final int WIDTH = 120;
  /**
   * The permitted types are one character class, not a repeated group: java.util.regex recurses once per
   * repetition of a group, and a union of thousands of types overflowed the stack.
   */
  private static final Pattern DECLARATION = Pattern.compile(
      "^( *)((?:[a-z]+ )*sealed (?:interface|class) [\\w<>, ]+?) permits ([\\w.][\\w., ]*) \\{$", Pattern.MULTILINE);

  private PermitsWrapper() {}

  static String wrap(String source) {
    if (!source.contains(" permits ")) {
      return source; // every declaration the pattern matches has it; most files have none
    }
    Matcher matcher = DECLARATION.matcher(source);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement = matcher.group().length() <= WIDTH ? matcher.group()
          : wrapped(matcher.group(1), matcher.group(2), matcher.group(3).split(", "));
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return matcher.appendTail(out).toString();
  }

  /** The declaration, then the permitted types on continuation lines eight columns in. */
  private static String wrapped(String indent, String declaration, String[] permitted) {
    String continuation = indent + " ".repeat(8);
    List<String> lines = new ArrayList<>(List.of(indent + declaration));
    StringBuilder line = new StringBuilder(continuation).append("permits");
    for (int i = 0; i < permitted.length; i++) {
      String type = permitted[i] + (i == permitted.length - 1 ? " {" : ",");
      if (line.length() + 1 + type.length() > WIDTH && !line.toString().isBlank()) {
        lines.add(line.toString());
        line = new StringBuilder(continuation.substring(1));
      }
      line.append(' ').append(type);
    }
    lines.add(line.toString());
    return String.join("\n", lines);
  }
}
