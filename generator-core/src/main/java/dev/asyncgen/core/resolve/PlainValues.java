package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts raw nodes into plain Java values for the model (examples, bindings, defaults). */
final class PlainValues {
  private PlainValues() {}

  /** Map (ordered), List, String, BigInteger, BigDecimal, Double, Boolean or null; unmodifiable. */
  static Object of(SpecNode node) {
    if (node == null) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.value();
    }
    if (node instanceof ListNode list) {
      List<Object> items = new ArrayList<>(list.items().size());
      list.items().forEach(item -> items.add(of(item)));
      return Collections.unmodifiableList(items);
    }
    MapNode map = (MapNode) node;
    Map<String, Object> entries = new LinkedHashMap<>();
    map.entries().forEach((key, value) -> entries.put(key, of(value)));
    return Collections.unmodifiableMap(entries);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(MapNode node) {
    return node == null ? Map.of() : (Map<String, Object>) of(node);
  }
}
