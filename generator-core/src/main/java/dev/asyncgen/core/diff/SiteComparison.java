package dev.asyncgen.core.diff;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diff.PropertySites.Site;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares one schema that generates code (a named schema, or a message's inline payload) in the
 * old and the new spec: the schema itself, then every property it declares.
 */
final class SiteComparison {
  /** One schema in one spec, and the Java type generated for it (null when none). */
  record Root(Side side, Schema schema, ClassName type, SourcePosition position) {}

  private final PropertyJudge judge;
  private final Findings findings;
  private final Renames renames;
  private final String name;
  private final Root before;
  private final Root after;
  private final Set<Use> uses;

  /** @param uses where the schema travels, in either spec */
  SiteComparison(PropertyJudge judge, Findings findings, Renames renames, String name, Root before, Root after,
      Set<Use> uses) {
    this.judge = judge;
    this.findings = findings;
    this.renames = renames;
    this.name = name;
    this.before = before;
    this.after = after;
    this.uses = Set.copyOf(uses);
  }

  void compare() {
    String kindBefore = Shapes.kind(before.schema(), renames::schema);
    String kindAfter = Shapes.kind(after.schema(), java.util.function.UnaryOperator.identity());
    if (!kindBefore.equals(kindAfter)) {
      judge.typeChanged(name, List.of(), before, after, kindBefore, kindAfter, uses);
      return;
    }
    judge.values(name, List.of(), before, after, before.schema(), after.schema(), after.position(), uses);
    description(name, before.schema().description(), after.schema().description(), after.position(), findings);
    properties();
  }

  private void properties() {
    Map<List<String>, Site> old = PropertySites.of(before.schema());
    Map<List<String>, Site> now = PropertySites.of(after.schema());
    List<List<String>> closed = new ArrayList<>();
    for (Map.Entry<List<String>, Site> entry : now.entrySet()) {
      List<String> path = entry.getKey();
      if (under(path, closed)) {
        continue;
      }
      Site was = old.get(path);
      if (was == null) {
        judge.added(name, path, before, after, entry.getValue(), uses);
        closed.add(path);
      } else if (!judge.changed(name, path, before, after, was, entry.getValue(), uses)) {
        closed.add(path);
      }
    }
    for (Map.Entry<List<String>, Site> entry : old.entrySet()) {
      if (!now.containsKey(entry.getKey()) && !under(entry.getKey(), closed)) {
        judge.removed(name, entry.getKey(), before, after, entry.getValue(), uses);
        closed.add(entry.getKey());
      }
    }
    Map<List<String>, AdditionalProperties> oldObjects = PropertySites.objects(before.schema());
    PropertySites.objects(after.schema()).forEach((path, additional) -> {
      AdditionalProperties was = oldObjects.get(path);
      if (was != null && !under(path, closed) && !closed.contains(path)) {
        judge.unknownProperties(name, path, before, after, was, additional, uses);
      }
    });
  }

  static void description(String subject, String before, String after, SourcePosition position, Findings findings) {
    if (!Objects.equals(normalize(before), normalize(after))) {
      findings.add(Rule.DESCRIPTION_CHANGED, subject, "", position, subject + ": description changed",
          Verdict.info("none"), Verdict.info("Javadoc only"));
    }
  }

  private static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  /** Whether a path is a closed path or lies under one (already reported as a whole). */
  private static boolean under(List<String> path, List<List<String>> closed) {
    return closed.stream().anyMatch(c -> path.size() > c.size() && path.subList(0, c.size()).equals(c));
  }
}
