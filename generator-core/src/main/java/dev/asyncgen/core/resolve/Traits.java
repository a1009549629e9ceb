package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Applies message and operation traits: each trait, in order, is a JSON Merge Patch. AsyncAPI 2.x
 * patches the object with each trait, so a trait's value wins over the object's own; 3.x says "a
 * property on a trait MUST NOT override the same property on the target object", so the traits are
 * merged in order and the object is patched over them.
 */
final class Traits {
  /** Which side of a merge keeps a field both have. */
  enum Precedence {
    TRAIT_WINS,
    OBJECT_WINS
  }

  private final ReferenceResolver references;
  private final Fields fields;
  private final Precedence precedence;

  Traits(ReferenceResolver references, Fields fields, Precedence precedence) {
    this.references = references;
    this.fields = fields;
    this.precedence = precedence;
  }

  MapNode apply(MapNode object) {
    ListNode traits = fields.list(object, "traits");
    if (traits == null) {
      return object;
    }
    MapNode own = withoutTraits(object);
    SpecNode merged = precedence == Precedence.TRAIT_WINS ? own : new MapNode(Map.of(), Map.of(), object.position());
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
    return precedence == Precedence.TRAIT_WINS ? (MapNode) merged : ownOver((MapNode) merged, own);
  }

  /** The object patched over its merged traits, keeping the object's own positions. */
  private static MapNode ownOver(MapNode traits, MapNode own) {
    MapNode merged = (MapNode) MergePatch.apply(traits, own);
    Map<String, SourcePosition> keys = new LinkedHashMap<>();
    merged.keys().forEach(key -> keys.put(key,
        own.has(key) ? own.keyPosition(key) : merged.keyPosition(key)));
    return new MapNode(merged.entries(), keys, own.position());
  }

  private static MapNode withoutTraits(MapNode object) {
    Map<String, SpecNode> entries = new LinkedHashMap<>(object.entries());
    entries.remove("traits");
    return new MapNode(entries, object.keyPositions(), object.position());
  }
}
