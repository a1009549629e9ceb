package dev.asyncgen.core.incremental;

import java.util.Map;

/**
 * Properties as text that {@link java.util.Properties#load(java.io.Reader)} reads back, escaped as
 * {@link java.util.Properties#store(java.io.Writer, String)} escapes them, in the order given. Unlike
 * {@code store}, it writes no date comment: formatting the date loads the JDK's time zone names and
 * locale data, which cost a short run more than everything else the run record does.
 */
final class PropertiesText {
  private PropertiesText() {}

  /** @param comment one line of plain ASCII, written after {@code #} */
  static String of(String comment, Map<String, String> entries) {
    StringBuilder text = new StringBuilder("#").append(comment).append(System.lineSeparator());
    entries.forEach((key, value) -> {
      escape(key, true, text);
      text.append('=');
      escape(value, false, text);
      text.append(System.lineSeparator());
    });
    return text.toString();
  }

  /** As {@code Properties.saveConvert} with {@code escUnicode} false, which {@code store(Writer, ...)} uses. */
  private static void escape(String text, boolean isKey, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case ' ' -> out.append(i == 0 || isKey ? "\\ " : " ");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        case '\\', '=', ':', '#', '!' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
  }
}
