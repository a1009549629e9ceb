package dev.asyncgen.core.diagnostic;

import java.util.Locale;

/**
 * Text from a spec made safe to print on a terminal. A title or channel name may hold ESC, BEL or
 * other control characters (YAML's {@code "\e"} writes one), which a terminal would obey, and
 * bidirectional overrides, which make text read differently from what it is. Each is shown as a
 * Java-style escape instead (a backslash, {@code u} and four hex digits: ESC is {@code u001b}
 * after the backslash); everything else, including any other Unicode, is left alone.
 */
public final class PrintableText {
  private PrintableText() {}

  public static String of(String text) {
    int first = 0;
    while (first < text.length() && !isUnsafe(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        safe.append(c);
      }
    }
    return safe.toString();
  }

  /**
   * C0 and C1 controls and DEL; the line and paragraph separators; the bidirectional embeddings,
   * overrides and isolates (U+202A to U+202E, U+2066 to U+2069).
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
