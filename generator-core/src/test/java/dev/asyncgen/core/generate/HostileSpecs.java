package dev.asyncgen.core.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed spec shape with a string in every text position a spec has: titles, descriptions,
 * summaries, property names, enum values, examples, defaults and {@code const}. The shape, not
 * the text, decides which types are generated.
 */
final class HostileSpecs {
  /** The number of strings {@link #document} uses; fewer are repeated. */
  static final int POSITIONS = 21;

  private HostileSpecs() {}

  /** The spec as JSON (which YAML reads too), with {@code texts[i % size]} in position i. */
  static String document(List<String> texts) {
    Texts t = new Texts(texts);
    Set<String> names = new HashSet<>(Set.of("kind", "nested"));
    String plainName = unique(t.next(), names);
    String constName = unique(t.next(), names);
    String nestedName = unique(t.next(), names);
    List<String> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      values.add(unique(t.next(), seen));
    }
    return "{\"asyncapi\":\"2.6.0\",\"info\":{\"title\":" + quote(t.next()) + ",\"version\":\"1\","
        + "\"description\":" + quote(t.next()) + "},"
        + "\"channels\":{\"items/{id}\":{\"description\":" + quote(t.next()) + ","
        + "\"parameters\":{\"id\":{\"description\":" + quote(t.next()) + ",\"schema\":{\"type\":\"string\"}}},"
        + "\"subscribe\":{\"summary\":" + quote(t.next()) + ",\"description\":" + quote(t.next()) + ","
        + "\"message\":{\"name\":\"item\",\"title\":" + quote(t.next()) + ",\"summary\":" + quote(t.next()) + ","
        + "\"description\":" + quote(t.next()) + ",\"payload\":{\"$ref\":\"#/components/schemas/Item\"}}}}},"
        + "\"components\":{\"schemas\":{\"Item\":{\"type\":\"object\",\"title\":" + quote(t.next()) + ","
        + "\"description\":" + quote(t.next()) + ",\"required\":[" + quote(plainName) + "],\"properties\":{"
        + quote(plainName) + ":{\"type\":\"string\",\"description\":" + quote(t.next()) + ",\"default\":"
        + quote(t.next()) + ",\"examples\":[" + quote(t.next()) + "]},"
        + quote(constName) + ":{\"type\":\"string\",\"const\":" + quote(t.next()) + "},"
        + "\"kind\":{\"type\":\"string\",\"enum\":[" + quote(values.get(0)) + "," + quote(values.get(1)) + "]},"
        + "\"nested\":{\"type\":\"object\",\"description\":" + quote(t.next()) + ",\"properties\":{"
        + quote(nestedName) + ":{\"type\":\"integer\"}}}}}}}}";
  }

  /** The text, or with a suffix when an earlier position took it already (keys must differ). */
  private static String unique(String text, Set<String> taken) {
    String name = text;
    for (int i = 2; !taken.add(name); i++) {
      name = text + i;
    }
    return name;
  }

  /** A JSON string with everything outside printable ASCII escaped, lone surrogates included. */
  static String quote(String text) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }

  private static final class Texts {
    private final List<String> texts;
    private int next;

    Texts(List<String> texts) {
      this.texts = texts;
    }

    String next() {
      return texts.get(next++ % texts.size());
    }
  }
}
