package dev.asyncgen.core.resolve;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 pointers: {@code /components/schemas/a~1b} names the key {@code a/b}. */
final class JsonPointer {
  private JsonPointer() {}

  /** Why a pointer's escapes are wrong, or null when every {@code ~} starts {@code ~0} or {@code ~1}. */
  static String escapeProblem(String pointer) {
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 2)) {
      if (i + 1 == pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
        return "in a JSON pointer '~' must be followed by 0 or 1 (~0 stands for '~', ~1 for '/')";
      }
    }
    return null;
  }

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
