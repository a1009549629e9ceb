package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.SourcePosition;

/**
 * The raw document tree: YAML or JSON as read, every node with its source position. Only the
 * resolve stage reads it; the model it builds carries positions but never these nodes.
 */
public sealed interface SpecNode permits MapNode, ListNode, ScalarNode {
  SourcePosition position();

  /** What the node is, for messages such as "expected a string, found a list". */
  String kind();
}
