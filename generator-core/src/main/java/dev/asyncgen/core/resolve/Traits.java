package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies message and operation traits the way AsyncAPI 2.x specifies: each trait, in order, is a
 * JSON Merge Patch on the object (so a trait's value wins over the object's own).
 */
final class Traits {
  private final ReferenceResolver references;
  private final Fields fields;

  Traits(ReferenceResolver references, Fields fields) {
    this.references = references;
    this.fields = fields;
  }

  MapNode apply(MapNode object) {
    ListNode traits = fields.list(object, "traits");
    if (traits == null) {
      return object;
    }
    SpecNode merged = withoutTraits(object);
    for (SpecNode traitNode : traits.items()) {
      ReferenceResolver.Target trait = references.follow(traitNode);
      if (trait == null) {
        continue;
      }
      MapNode traitMap = fields.asMap(trait.node(), "a trait");
      if (traitMap != null) {
        merged = MergePatch.apply(merged, traitMap);
      }
    }
    return (MapNode) merged;
  }

  private static MapNode withoutTraits(MapNode object) {
    Map<String, SpecNode> entries = new LinkedHashMap<>(object.entries());
    entries.remove("traits");
    return new MapNode(entries, object.keyPositions(), object.position());
  }
}
