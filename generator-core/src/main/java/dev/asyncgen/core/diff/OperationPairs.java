package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs the operations of one action on one channel, before and after. A lone operation on each side
 * is the same operation whatever its id (2.x ids are optional, and a 2.x document and its 3.x
 * conversion name them differently); otherwise operations pair by id.
 */
record OperationPairs(Map<Operation, Operation> matched, List<Operation> removed, List<Operation> added) {

  static OperationPairs match(List<Operation> before, List<Operation> after) {
    Map<Operation, Operation> matched = new LinkedHashMap<>();
    List<Operation> removed = new ArrayList<>();
    List<Operation> added = new ArrayList<>(after);
    if (before.size() == 1 && after.size() == 1) {
      matched.put(before.get(0), after.get(0));
      return new OperationPairs(matched, removed, List.of());
    }
    for (Operation was : before) {
      Operation is = added.stream().filter(o -> Objects.equals(o.id(), was.id())).findFirst().orElse(null);
      if (is == null) {
        removed.add(was);
      } else {
        added.remove(is);
        matched.put(was, is);
      }
    }
    return new OperationPairs(matched, removed, added);
  }

  /** The operation in a finding's subject: the document's keyword, and the id when a channel has several. */
  static String label(Operation operation) {
    return operation.keyword() + (operation.id() != null && isThreeX(operation) ? " " + operation.id() : "");
  }

  private static boolean isThreeX(Operation operation) {
    return operation.action().keyword().equals(operation.keyword());
  }
}
