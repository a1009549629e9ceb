package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON Merge Patch (RFC 7386) over raw nodes, which is how AsyncAPI 2.x applies traits. */
final class MergePatch {
  private MergePatch() {}

  static SpecNode apply(SpecNode target, SpecNode patch) {
    if (!(patch instanceof MapNode patchMap)) {
      return patch;
    }
    MapNode targetMap = target instanceof MapNode map ? map : null;
    Map<String, SpecNode> entries = new LinkedHashMap<>(targetMap == null ? Map.of() : targetMap.entries());
    Map<String, dev.asyncgen.core.diagnostic.SourcePosition> keys =
        new LinkedHashMap<>(targetMap == null ? Map.of() : targetMap.keyPositions());
    patchMap.entries().forEach((key, value) -> {
      if (value instanceof ScalarNode scalar && scalar.isNull()) {
        entries.remove(key);
        keys.remove(key);
      } else {
        entries.put(key, apply(entries.get(key), value));
        keys.putIfAbsent(key, patchMap.keyPosition(key));
      }
    });
    return new MapNode(entries, keys, targetMap == null ? patchMap.position() : targetMap.position());
  }
}
