package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.ValueShape;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of object fields, by the kinds {@link ValueShape} defines. A field of the wrong type is
 * reported and read as absent, so resolution goes on and the user sees every problem at once.
 */
final class Fields {
  private final Diagnostics diagnostics;

  Fields(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** A string field; numbers and booleans are read as their text (YAML reads {@code 1.0} as a number). */
  String string(MapNode map, String key) {
    SpecNode node = map.get(key);
    if (node == null || node instanceof ScalarNode scalar && scalar.isNull()) {
      return null;
    }
    if (node instanceof ScalarNode scalar) {
      return scalar.text(); // leniently: any scalar, as other files than the root are not validated
    }
    wrongType(key, ValueShape.STRING, node);
    return null;
  }

  boolean bool(MapNode map, String key, boolean absent) {
    SpecNode node = map.get(key);
    if (node == null) {
      return absent;
    }
    if (ValueShape.BOOLEAN.accepts(node)) {
      return (Boolean) ((ScalarNode) node).value();
    }
    wrongType(key, ValueShape.BOOLEAN, node);
    return absent;
  }

  MapNode map(MapNode map, String key) {
    SpecNode node = map.get(key);
    if (node == null || node instanceof ScalarNode scalar && scalar.isNull()) {
      return null;
    }
    if (ValueShape.OBJECT.accepts(node)) {
      return (MapNode) node;
    }
    wrongType(key, ValueShape.OBJECT, node);
    return null;
  }

  ListNode list(MapNode map, String key) {
    SpecNode node = map.get(key);
    if (node == null || node instanceof ScalarNode scalar && scalar.isNull()) {
      return null;
    }
    if (ValueShape.LIST.accepts(node)) {
      return (ListNode) node;
    }
    wrongType(key, ValueShape.LIST, node);
    return null;
  }

  /** A list of strings; entries that are not scalars are reported and skipped. */
  List<String> strings(MapNode map, String key) {
    ListNode list = list(map, key);
    List<String> values = new ArrayList<>();
    if (list == null) {
      return values;
    }
    for (SpecNode item : list.items()) {
      if (item instanceof ScalarNode scalar && !scalar.isNull()) {
        values.add(scalar.text());
      } else {
        diagnostics.error(item.position(), "'" + key + "' must list strings, found " + item.kind());
      }
    }
    return values;
  }

  /** Reads {@code node} as an object, reporting it otherwise. */
  MapNode asMap(SpecNode node, String what) {
    if (ValueShape.OBJECT.accepts(node)) {
      return (MapNode) node;
    }
    diagnostics.error(node.position(), ValueShape.OBJECT.mismatch(what, node));
    return null;
  }

  private void wrongType(String key, ValueShape expected, SpecNode found) {
    diagnostics.error(found.position(), expected.mismatch("'" + key + "'", found));
  }
}
