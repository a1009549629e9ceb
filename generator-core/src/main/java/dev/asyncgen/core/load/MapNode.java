package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A mapping with string keys in document order; keys remember where they were written. */
public record MapNode(
    Map<String, SpecNode> entries, Map<String, SourcePosition> keyPositions, SourcePosition position)
    implements SpecNode {

  public MapNode {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    keyPositions = Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
  }

  public SpecNode get(String key) {
    return entries.get(key);
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  /** Where the key was written; the value's own position for keys added by a merge. */
  public SourcePosition keyPosition(String key) {
    SourcePosition keyPosition = keyPositions.get(key);
    if (keyPosition != null) {
      return keyPosition;
    }
    SpecNode value = entries.get(key);
    return value == null ? position : value.position();
  }

  @Override
  public String kind() {
    return "an object";
  }
}
