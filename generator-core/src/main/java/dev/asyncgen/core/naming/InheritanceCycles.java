package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds allOf loops among the interfaces ({@code A allOf B}, {@code B allOf A}; {@code A allOf A}):
 * Java has no cyclic inheritance, so each loop is an error at the schema where it is first entered.
 */
final class InheritanceCycles {
  private final NamedTypes named;
  private final Set<String> done = new HashSet<>();
  private final List<String> path = new ArrayList<>();

  private InheritanceCycles(NamedTypes named) {
    this.named = named;
  }

  static void report(NamedTypes named, Diagnostics diagnostics) {
    InheritanceCycles cycles = new InheritanceCycles(named);
    for (String name : named.names()) {
      if (named.kind(name) == SchemaKind.INTERFACE) {
        cycles.visit(name, diagnostics);
      }
    }
  }

  private void visit(String name, Diagnostics diagnostics) {
    int onPath = path.indexOf(name);
    if (onPath >= 0) {
      List<String> loop = new ArrayList<>(path.subList(onPath, path.size()));
      loop.add(name);
      diagnostics.error(named.schema(loop.get(0)).position(), "schema '" + loop.get(0)
          + "' extends itself through allOf (" + String.join(" -> ", loop)
          + "): a Java type cannot inherit from itself (cyclic inheritance)");
      return;
    }
    if (!done.add(name)) {
      return;
    }
    path.add(name);
    for (String parent : named.flatten(named.schema(name).schema()).parents()) {
      if (named.kind(parent) == SchemaKind.INTERFACE) {
        visit(parent, diagnostics);
      }
    }
    path.remove(path.size() - 1);
  }
}
