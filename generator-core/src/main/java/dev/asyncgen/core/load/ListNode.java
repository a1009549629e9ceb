package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;

public record ListNode(List<SpecNode> items, SourcePosition position) implements SpecNode {
  public ListNode {
    items = List.copyOf(items);
  }

  @Override
  public String kind() {
    return "a list";
  }
}
