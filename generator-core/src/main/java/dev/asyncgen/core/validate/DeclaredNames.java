package dev.asyncgen.core.validate;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Looking things up in the root document while its structure is checked: what a path of keys
 * holds, and what a local {@code #/...} reference points at. References into other files are the
 * resolver's business.
 */
final class DeclaredNames {
  private DeclaredNames() {}

  /** The object at a path of keys, or null when any step is missing or not an object. */
  static MapNode map(MapNode root, String... keys) {
    SpecNode node = root;
    for (String key : keys) {
      if (!(node instanceof MapNode map)) {
        return null;
      }
      node = map.get(key);
    }
    return node instanceof MapNode map ? map : null;
  }

  /** The values of an object at a path of keys that are objects; none when it is missing. */
  static List<MapNode> objects(MapNode root, String... keys) {
    MapNode map = map(root, keys);
    List<MapNode> objects = new ArrayList<>();
    if (map != null) {
      map.keys().forEach(key -> {
        if (map.get(key) instanceof MapNode value) {
          objects.add(value);
        }
      });
    }
    return objects;
  }

  /** The string {@code $ref} of a Reference Object, or null. */
  static ScalarNode ref(SpecNode node) {
    return node instanceof MapNode map && map.get("$ref") instanceof ScalarNode ref && ref.isString() ? ref : null;
  }

  /** Whether {@code ref} is local to the document it is written in ({@code #/...}). */
  static boolean isLocal(String ref) {
    return ref.startsWith("#/");
  }

  /** The tokens of a local reference's JSON pointer, unescaped; null when they cannot be read. */
  static List<String> tokens(String ref) {
    List<String> tokens = new ArrayList<>();
    try {
      for (String token : URLDecoder.decode(ref.substring(2).replace("+", "%2B"), StandardCharsets.UTF_8)
          .split("/", -1)) {
        tokens.add(token.replace("~1", "/").replace("~0", "~"));
      }
    } catch (IllegalArgumentException e) {
      return null; // a bad escape: the resolver reports it where it follows the reference
    }
    return tokens;
  }

  /** Whether a local reference names a node that exists in {@code root}. */
  static boolean exists(MapNode root, String ref) {
    List<String> tokens = tokens(ref);
    return tokens == null || at(root, tokens) != null;
  }

  /**
   * The object {@code node} stands for: itself, or what its chain of local references leads to in
   * {@code root}; null when a reference leaves the root file, is missing or loops (the resolver's
   * to report), or when the end is not an object.
   */
  static MapNode follow(MapNode root, SpecNode node) {
    SpecNode current = node;
    for (int hops = 0; hops <= MAX_HOPS; hops++) {
      ScalarNode ref = ref(current);
      if (ref == null) {
        return current instanceof MapNode map ? map : null;
      }
      List<String> tokens = isLocal(ref.text()) ? tokens(ref.text()) : null;
      current = tokens == null ? null : at(root, tokens);
    }
    return null;
  }

  private static final int MAX_HOPS = 32;

  private static SpecNode at(MapNode root, List<String> tokens) {
    SpecNode node = root;
    for (String token : tokens) {
      if (node instanceof MapNode map && map.has(token)) {
        node = map.get(token);
      } else if (node instanceof ListNode list && token.matches("0|[1-9][0-9]{0,8}")
          && Integer.parseInt(token) < list.items().size()) {
        node = list.items().get(Integer.parseInt(token));
      } else {
        return null;
      }
    }
    return node;
  }
}
