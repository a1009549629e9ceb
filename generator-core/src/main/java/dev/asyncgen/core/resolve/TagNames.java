package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import java.util.ArrayList;
import java.util.List;

/** The names of an object's {@code tags}, each tag possibly a reference (3.x). */
final class TagNames {
  private TagNames() {}

  static List<String> of(MapNode map, ReferenceResolver references, Fields fields) {
    List<String> names = new ArrayList<>();
    ListNode tags = fields.list(map, "tags");
    if (tags != null) {
      for (SpecNode tag : tags.items()) {
        ReferenceResolver.Target target = references.follow(tag);
        MapNode tagMap = target == null ? null : fields.asMap(target.node(), "a tag");
        if (tagMap != null && fields.string(tagMap, "name") != null) {
          names.add(fields.string(tagMap, "name"));
        }
      }
    }
    return names;
  }
}
