package dev.asyncgen.core.validate;

import java.nio.charset.StandardCharsets;

/**
 * Places in the spec's files as the JSON Schema validator reads them: a file URI and a JSON Pointer
 * fragment. The validator percent-decodes the fragment, so a key is escaped as a pointer token and
 * then percent-encoded: a property named {@code a%zz} or {@code a b#c} must still point at itself.
 */
final class SchemaLocations {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SchemaLocations() {}

  /** One pointer step, {@code /token}, for the key or index {@code key}. */
  static String step(String key) {
    String token = key.replace("~", "~0").replace("/", "~1");
    StringBuilder step = new StringBuilder(token.length() + 1).append('/');
    for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
        step.append(c);
      } else {
        step.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return step.toString();
  }
}
