package dev.asyncgen.core.validate;

import tools.jackson.databind.node.StringNode;

/**
 * A Jackson string node that writes its own JSON text. Jackson's {@code toString()} of a node goes
 * through a shared {@code JsonMapper}, and the JSON Schema validator asks for it whenever it compiles an
 * {@code enum} (to word its message): starting that mapper cost a short command about 55 ms of class
 * loading. The text is Jackson's, character for character ({@code QuotingStringNodeProperties}); the
 * node equals, and hashes as, a plain {@link StringNode} of the same value.
 */
final class QuotingStringNode extends StringNode {
  private static final long serialVersionUID = 1L;
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  QuotingStringNode(String value) {
    super(value);
  }

  @Override
  public String toString() {
    return quoted(_value);
  }

  /** {@code text} as Jackson's default JSON writer writes a string. */
  static String quoted(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\b' -> json.append("\\b");
        case '\t' -> json.append("\\t");
        case '\n' -> json.append("\\n");
        case '\f' -> json.append("\\f");
        case '\r' -> json.append("\\r");
        default -> {
          if (c < 0x20) {
            json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
