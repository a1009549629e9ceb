package dev.asyncgen.core.diff;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diff.SiteComparison.Root;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.naming.TypePlan;
import dev.asyncgen.core.naming.UnionPlan;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Judges the named schemas a composition refers to: alternatives of a {@code oneOf} or
 * {@code anyOf} (a sealed union when they are records), and {@code allOf} parents, whose properties
 * the record takes in (they are compared once, as the parent's own).
 */
final class CompositionJudge {
  private final Findings findings;
  private final Renames renames;
  private final boolean enforceRequired;

  CompositionJudge(Findings findings, Renames renames, boolean enforceRequired) {
    this.findings = findings;
    this.renames = renames;
    this.enforceRequired = enforceRequired;
  }

  /** Compares the references of two compositions of the same kind. */
  void compare(String subject, List<String> path, Root before, Root after, Schema was, Schema now,
      SourcePosition position, Set<Use> uses) {
    if (!(was instanceof CompositionSchema old) || !(now instanceof CompositionSchema composition)) {
      return;
    }
    Set<String> oldParts = references(old, renames::schema);
    Set<String> newParts = references(composition, UnaryOperator.identity());
    boolean allOf = composition.kind() == CompositionSchema.Kind.ALL_OF;
    for (String part : newParts) {
      if (!oldParts.contains(part)) {
        if (allOf) {
          parentAdded(subject, path, after, part, position, uses);
        } else {
          alternativeAdded(subject, path, after, part, position, uses);
        }
      }
    }
    for (String part : oldParts) {
      if (!newParts.contains(part)) {
        if (allOf) {
          parentRemoved(subject, path, before, part, position, uses);
        } else {
          alternativeRemoved(subject, path, before, part, position, uses);
        }
      }
    }
  }

  private void alternativeAdded(String subject, List<String> path, Root after, String part, SourcePosition position,
      Set<Use> uses) {
    Optional<UnionPlan> union = union(after, path);
    findings.add(Rule.ONE_OF_ALTERNATIVE_ADDED, subject, part, position,
        subject + ": alternative " + part + " added" + Findings.reach(uses),
        Findings.wire(uses, Verdict.warn("OLD consumers do not know " + part + " and may fail to decode it"),
            Verdict.info("NEW consumers accept every OLD alternative")),
        union.map(u -> Verdict.warn(JavaIndex.simpleName(u.name()) + " permits one more record: a switch over it"
            + " without default stops compiling")).orElse(Verdict.info("no Java change")));
  }

  private void alternativeRemoved(String subject, List<String> path, Root before, String part,
      SourcePosition position, Set<Use> uses) {
    Optional<UnionPlan> union = union(before, path);
    findings.add(Rule.ONE_OF_ALTERNATIVE_REMOVED, subject, part, position,
        subject + ": alternative " + part + " removed" + Findings.reach(uses),
        Findings.wire(uses, Verdict.info("NEW producers no longer send it"),
            Verdict.err("NEW consumers no longer accept " + part)),
        union.map(u -> Verdict.err(JavaIndex.simpleName(u.name()) + " no longer permits " + part))
            .orElse(Verdict.info("no Java change")));
  }

  private void parentAdded(String subject, List<String> path, Root after, String parent, SourcePosition position,
      Set<Use> uses) {
    boolean required = enforceRequired && hasRequired(after, parent);
    boolean sent = uses.stream().anyMatch(u -> u.direction() == Direction.SENT);
    String type = javaType(after, path);
    findings.add(Rule.ALL_OF_PARENT_ADDED, subject, parent, position,
        subject + ": now extends " + parent + Findings.reach(uses),
        Findings.wire(uses, Verdict.info("OLD consumers ignore the properties it brings"),
            required ? Verdict.err("NEW consumers require " + parent + "'s required properties; OLD senders omit them")
                : Verdict.info("NEW consumers accept messages without its properties")),
        type == null ? Verdict.info("no Java change") : new Verdict(sent ? Level.ERR : Level.WARN,
            type + " takes in the components of " + parent + ": its canonical constructor changes"));
  }

  private void parentRemoved(String subject, List<String> path, Root before, String parent,
      SourcePosition position, Set<Use> uses) {
    boolean required = enforceRequired && hasRequired(before, parent);
    String type = javaType(before, path);
    findings.add(Rule.ALL_OF_PARENT_REMOVED, subject, parent, position,
        subject + ": no longer extends " + parent + Findings.reach(uses),
        Findings.wire(uses, required
                ? Verdict.err("OLD consumers require " + parent + "'s required properties; NEW producers may omit them")
                : Verdict.info("OLD consumers decode them as null"),
            Verdict.info("NEW consumers ignore the properties it brought")),
        type == null ? Verdict.info("no Java change")
            : Verdict.err(type + " loses the components (and the interface) of " + parent));
  }

  private static Set<String> references(CompositionSchema composition, UnaryOperator<String> rename) {
    Set<String> names = new TreeSet<>();
    composition.parts().stream().filter(ReferenceSchema.class::isInstance)
        .forEach(part -> names.add(rename.apply(((ReferenceSchema) part).name())));
    return names;
  }

  private static boolean hasRequired(Root root, String schemaName) {
    NamedSchema parent = root.side().api().schemas().get(schemaName);
    return parent != null && PropertySites.of(parent.schema()).entrySet().stream()
        .anyMatch(e -> e.getKey().size() == 1 && e.getValue().required());
  }

  /** The union generated for the composition: the schema's own type, or its property's. */
  private static Optional<UnionPlan> union(Root root, List<String> path) {
    Optional<TypePlan> type = path.isEmpty() ? root.side().java().type(root.type())
        : root.side().java().members(root.type(), path).stream().findFirst()
            .flatMap(m -> root.side().java().type(m.component().type()));
    return type.filter(UnionPlan.class::isInstance).map(UnionPlan.class::cast);
  }

  private static String javaType(Root root, List<String> path) {
    if (path.isEmpty()) {
      return root.type() == null ? null : JavaIndex.simpleName(root.type());
    }
    return root.side().java().members(root.type(), path).stream().findFirst()
        .flatMap(m -> root.side().java().type(m.component().type())).map(TypePlan::name)
        .map(ClassName.class::cast).map(JavaIndex::simpleName).orElse(null);
  }
}
