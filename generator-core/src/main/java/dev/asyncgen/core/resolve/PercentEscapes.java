package dev.asyncgen.core.resolve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the {@code %XX} escapes of a URI reference (RFC 3986), strictly: a {@code %} not
 * followed by two hex digits, or escapes that do not spell UTF-8, are errors rather than
 * exceptions from a lenient decoder. A {@code +} stays a {@code +}: this is a URI, not a form.
 */
final class PercentEscapes {
  private PercentEscapes() {}

  /** @throws IllegalArgumentException saying which escape is wrong */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder decoded = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '%') {
        decoded.append(text.charAt(i++));
        continue;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int start = i;
      while (i < text.length() && text.charAt(i) == '%') {
        bytes.write(hexByte(text, i));
        i += 3;
      }
      decoded.append(utf8(bytes.toByteArray(), text.substring(start, i)));
    }
    return decoded.toString();
  }

  private static int hexByte(String text, int percent) {
    int high = percent + 1 < text.length() ? hexDigit(text.charAt(percent + 1)) : -1;
    int low = percent + 2 < text.length() ? hexDigit(text.charAt(percent + 2)) : -1;
    if (high < 0 || low < 0) {
      String escape = text.substring(percent, Math.min(text.length(), percent + 3));
      throw new IllegalArgumentException("'" + escape + "' is not a percent-escape: '%' must be followed by two"
          + " hex digits (write %25 for '%' itself)");
    }
    return high * 16 + low;
  }

  /** The value of an ASCII hex digit, else -1 (Character.digit would take other scripts' digits too). */
  private static int hexDigit(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }

  private static String utf8(byte[] bytes, String escapes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the percent-escapes '" + escapes + "' are not UTF-8");
    }
  }
}
