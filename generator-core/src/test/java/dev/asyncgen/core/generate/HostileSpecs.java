package dev.asyncgen.core.generate;

import dev.asyncgen.core.SpecShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A fixed spec shape with a string in every text position a spec has: titles, descriptions,
 * summaries, property names, enum values, examples, defaults and {@code const}; in 3.x also channel,
 * operation and message ids, parameter enum values, a reply's address location and a Multi Format
 * Schema Object. The shape, not the text, decides which types are generated.
 */
final class HostileSpecs {
  /** The number of strings {@link #document} uses; fewer are repeated. */
  static final int POSITIONS = 21;
  /** The number of strings {@link #document3} uses. */
  static final int POSITIONS_3 = 30;

  private HostileSpecs() {}

  /** The Item schema's property names and enum values, drawn first, and the components both shapes end with. */
  private record Item(String plainName, String constName, String nestedName, List<String> values) {
    static Item draw(Texts t) {
      Set<String> names = new HashSet<>(Set.of("kind", "nested"));
      String plainName = unique(t.next(), names);
      String constName = unique(t.next(), names);
      String nestedName = unique(t.next(), names);
      List<String> values = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < 2; i++) {
        values.add(unique(t.next(), seen));
      }
      return new Item(plainName, constName, nestedName, values);
    }

    /** {@code "components": ...} and the document's closing brace. */
    String components(Texts t) {
      return "\"components\":{\"schemas\":{\"Item\":{\"type\":\"object\",\"title\":" + quote(t.next()) + ","
          + "\"description\":" + quote(t.next()) + ",\"required\":[" + quote(plainName) + "],\"properties\":{"
          + quote(plainName) + ":{\"type\":\"string\",\"description\":" + quote(t.next()) + ",\"default\":"
          + quote(t.next()) + ",\"examples\":[" + quote(t.next()) + "]},"
          + quote(constName) + ":{\"type\":\"string\",\"const\":" + quote(t.next()) + "},"
          + "\"kind\":{\"type\":\"string\",\"enum\":[" + quote(values.get(0)) + "," + quote(values.get(1)) + "]},"
          + "\"nested\":{\"type\":\"object\",\"description\":" + quote(t.next()) + ",\"properties\":{"
          + quote(nestedName) + ":{\"type\":\"integer\"}}}}}}}}";
    }
  }

  /** The spec as JSON (which YAML reads too), with {@code texts[i % size]} in position i. */
  static String document(List<String> texts) {
    Texts t = new Texts(texts);
    Item item = Item.draw(t);
    return "{\"asyncapi\":\"2.6.0\",\"info\":{\"title\":" + quote(t.next()) + ",\"version\":\"1\","
        + "\"description\":" + quote(t.next()) + "},"
        + "\"channels\":{\"items/{id}\":{\"description\":" + quote(t.next()) + ","
        + "\"parameters\":{\"id\":{\"description\":" + quote(t.next()) + ",\"schema\":{\"type\":\"string\"}}},"
        + "\"subscribe\":{\"summary\":" + quote(t.next()) + ",\"description\":" + quote(t.next()) + ","
        + "\"message\":{\"name\":\"item\",\"title\":" + quote(t.next()) + ",\"summary\":" + quote(t.next()) + ","
        + "\"description\":" + quote(t.next()) + ",\"payload\":{\"$ref\":\"#/components/schemas/Item\"}}}}},"
        + item.components(t);
  }

  /** {@link #document} or {@link #document3}. */
  static String document(SpecShape shape, List<String> texts) {
    return shape == SpecShape.V2 ? document(texts) : document3(texts);
  }

  /**
   * The 2.x shape as AsyncAPI 3.0: the channel's id, its message's id and the operation's id are text
   * too, and the operation expects a reply whose payload is a Multi Format Schema Object.
   */
  static String document3(List<String> texts) {
    Texts t = new Texts(texts);
    Item item = Item.draw(t);
    List<String> parameterValues = new ArrayList<>();
    Set<String> parameterSeen = new HashSet<>();
    for (int i = 0; i < 2; i++) {
      parameterValues.add(unique(t.next(), parameterSeen));
    }
    // Keys are prefixed: "replies" is taken, and an empty key is no id.
    String channelId = "c" + referable(t.next());
    String messageId = "m" + referable(t.next());
    String operationId = "o" + t.next();
    String channelRef = "#/channels/" + pointerToken(channelId);
    return "{\"asyncapi\":\"3.0.0\",\"info\":{\"title\":" + quote(t.next()) + ",\"version\":\"1\","
        + "\"description\":" + quote(t.next()) + "},"
        + "\"channels\":{" + quote(channelId) + ":{\"address\":\"items/{id}\",\"description\":" + quote(t.next()) + ","
        + "\"parameters\":{\"id\":{\"description\":" + quote(t.next()) + ",\"enum\":[" + quote(parameterValues.get(0))
        + "," + quote(parameterValues.get(1)) + "],\"default\":" + quote(parameterValues.get(1)) + "}},"
        + "\"messages\":{" + quote(messageId) + ":{\"name\":\"item\",\"title\":" + quote(t.next()) + ","
        + "\"summary\":" + quote(t.next()) + ",\"description\":" + quote(t.next()) + ","
        + "\"payload\":{\"$ref\":\"#/components/schemas/Item\"}}}},"
        + "\"replies\":{\"address\":null,\"description\":" + quote(t.next()) + ",\"messages\":{\"reply\":{"
        + "\"name\":\"reply\",\"description\":" + quote(t.next()) + ",\"payload\":{\"schemaFormat\":"
        + "\"application/vnd.aai.asyncapi+json;version=3.0.0\",\"schema\":{\"$ref\":\"#/components/schemas/Item\"}}}}}},"
        + "\"operations\":{" + quote(operationId) + ":{\"action\":\"send\",\"channel\":{\"$ref\":" + quote(channelRef)
        + "},\"summary\":" + quote(t.next()) + ",\"description\":" + quote(t.next()) + ","
        + "\"messages\":[{\"$ref\":" + quote(channelRef + "/messages/" + pointerToken(messageId)) + "}],"
        + "\"reply\":{\"address\":{\"description\":" + quote(t.next()) + ",\"location\":"
        + quote("$message.header#/" + pointerToken(t.next())) + "},"
        + "\"channel\":{\"$ref\":\"#/channels/replies\"}}}},"
        + item.components(t);
  }

  /**
   * The text with each lone surrogate as U+FFFD: a {@code $ref} names a key through UTF-8
   * percent-escapes, which cannot spell a lone surrogate (ReferencePropertiesTest covers that case).
   */
  private static String referable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c));
    return out.toString();
  }

  /** A key as one token of a JSON pointer in a URI fragment: ~ and / escaped, then percent-escaped as UTF-8. */
  static String pointerToken(String key) {
    String token = key.replace("~", "~0").replace("/", "~1");
    StringBuilder out = new StringBuilder();
    for (byte b : token.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append(String.format("%%%02X", b & 0xFF));
      }
    }
    return out.toString();
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
