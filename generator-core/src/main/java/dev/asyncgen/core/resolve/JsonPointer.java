package dev.asyncgen.core.resolve;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 pointers: {@code /components/schemas/a~1b} names the key {@code a/b}. */
final class JsonPointer {
  private JsonPointer() {}

  static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      tokens.add(unescape(raw));
    }
    return tokens;
  }

  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
