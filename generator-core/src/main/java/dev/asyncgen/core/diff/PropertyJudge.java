package dev.asyncgen.core.diff;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diff.JavaIndex.Member;
import dev.asyncgen.core.diff.PropertySites.Site;
import dev.asyncgen.core.diff.SiteComparison.Root;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.naming.EnumPlan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges changes to one property (or a schema's own type and values) by what they do to generated
 * code: unknown properties are ignored on decoding, {@code required} is enforced when the options say
 * so, and enums are open (keep unknown values) or closed (fail on them).
 */
final class PropertyJudge {
  private final Findings findings;
  private final Renames renames;
  private final boolean openEnums;
  private final boolean enforceRequired;
  private final CompositionJudge compositions;
  private final ConstraintJudge constraints;

  PropertyJudge(Findings findings, Renames renames, boolean openEnums, boolean enforceRequired) {
    this.findings = findings;
    this.renames = renames;
    this.openEnums = openEnums;
    this.enforceRequired = enforceRequired;
    this.compositions = new CompositionJudge(findings, renames, enforceRequired);
    this.constraints = new ConstraintJudge(findings);
  }

  void added(String name, List<String> path, Root before, Root after, Site site, Set<Use> uses) {
    String subject = subject(name, path);
    boolean required = enforceRequired && site.required();
    boolean oldClosed = parentClosed(PropertySites.of(before.schema()), path);
    List<Member> members = after.side().java().members(after.type(), path);
    Verdict source = members.isEmpty() ? Verdict.info("no Java change")
        : new Verdict(sent(uses) ? Level.ERR : Level.WARN, "new accessor " + accessors(after, path, members)
            + "; the canonical constructor of " + JavaIndex.constructors(members)
            + " takes one more argument, so code that constructs it stops compiling");
    findings.add(Rule.PROPERTY_ADDED, subject, "", after.side().at(site.position()),
        subject + ": property added" + (required ? " (required)" : "") + Findings.reach(uses),
        Findings.wire(uses,
            oldClosed ? Verdict.err("OLD consumers refuse properties they do not know (additionalProperties: false)")
                : Verdict.info("OLD consumers ignore it"),
            required ? Verdict.err("NEW consumers require it and OLD senders omit it")
                : Verdict.info("NEW consumers accept messages without it")),
        source);
  }

  void removed(String name, List<String> path, Root before, Root after, Site site, Set<Use> uses) {
    String subject = subject(name, path);
    boolean required = enforceRequired && site.required();
    boolean newClosed = parentClosed(PropertySites.of(after.schema()), path);
    List<Member> members = before.side().java().members(before.type(), path);
    Verdict source = members.isEmpty() ? Verdict.info("no Java change")
        : Verdict.err("accessor " + accessors(before, path, members) + " removed; the canonical constructor of "
            + JavaIndex.constructors(members) + " takes one argument less");
    findings.add(Rule.PROPERTY_REMOVED, subject, "", before.side().at(site.position()),
        subject + ": property removed" + Findings.reach(uses),
        Findings.wire(uses,
            required ? Verdict.err("OLD consumers require it and NEW producers no longer send it")
                : Verdict.info("OLD consumers decode it as null"),
            newClosed ? Verdict.err("NEW consumers refuse it (additionalProperties: false) and OLD senders send it")
                : Verdict.info("NEW consumers ignore it")),
        source);
  }

  /** An object's {@code additionalProperties}, as decoding sees it: unnamed properties ignored, refused or kept. */
  void unknownProperties(String name, List<String> path, Root before, Root after, AdditionalProperties was,
      AdditionalProperties now, Set<Use> uses) {
    String oldMode = mode(was);
    String newMode = mode(now);
    if (oldMode.equals(newMode)) {
      return;
    }
    String subject = subject(name, path);
    String type = javaType(after, path);
    Verdict source;
    if (type == null) {
      source = Verdict.info("no record of its own");
    } else if (oldMode.equals("kept")) {
      source = Verdict.err("the additionalProperties() component of " + type + " is removed");
    } else if (newMode.equals("kept")) {
      source = new Verdict(sent(uses) ? Level.ERR : Level.WARN,
          "the canonical constructor of " + type + " gains an additionalProperties argument");
    } else {
      source = Verdict.info("no Java change");
    }
    findings.add(Rule.UNKNOWN_PROPERTIES_CHANGED, subject, oldMode + " -> " + newMode,
        after.side().at(position(after, path)),
        subject + ": properties it does not name were " + oldMode + ", now " + newMode + Findings.reach(uses),
        Findings.wire(uses,
            oldMode.equals("refused") ? Verdict.err("OLD consumers refuse the properties NEW producers may add")
                : Verdict.info("OLD consumers decode as before"),
            newMode.equals("refused") ? Verdict.warn("NEW consumers refuse properties OLD senders may add")
                : Verdict.info("NEW consumers accept what OLD senders send")),
        source);
  }

  private static String mode(AdditionalProperties additional) {
    return switch (additional.kind()) {
      case UNSPECIFIED -> "ignored";
      case NONE -> "refused";
      case ANY, TYPED -> "kept";
    };
  }

  /** Compares a property in both specs; false when its type changed, so that nothing under it is compared. */
  boolean changed(String name, List<String> path, Root before, Root after, Site was, Site now, Set<Use> uses) {
    String subject = subject(name, path);
    String kindBefore = Shapes.kind(was.schema(), renames::schema);
    String kindAfter = Shapes.kind(now.schema(), java.util.function.UnaryOperator.identity());
    SourcePosition position = after.side().at(now.position());
    if (!kindBefore.equals(kindAfter)) {
      typeChanged(name, path, before, after, kindBefore, kindAfter, uses);
      return false;
    }
    boolean explained = values(name, path, before, after, was.schema(), now.schema(), position, uses);
    if (was.required() != now.required()) {
      required(subject, path, before, after, now.required(), position, uses);
      explained = true;
    }
    SiteComparison.description(subject, was.schema().description(), now.schema().description(), position,
        findings);
    if (!explained) {
      javaTypes(subject, path, before, after, position);
    }
    javaName(subject, path, before, after, position);
    return true;
  }

  /** An accessor renamed by naming alone: another property now claims its name first, say. */
  private void javaName(String subject, List<String> path, Root before, Root after, SourcePosition position) {
    List<Member> was = before.side().java().members(before.type(), path);
    List<Member> now = after.side().java().members(after.type(), path);
    if (!was.isEmpty() && !now.isEmpty() && !was.get(0).component().name().equals(now.get(0).component().name())) {
      findings.add(Rule.JAVA_NAME_CHANGED, subject, now.get(0).component().name(), position,
          subject + ": Java name " + was.get(0).component().name() + " became " + now.get(0).component().name(),
          Verdict.info("none"), Verdict.err("accessor " + JavaIndex.accessors(was) + " is now "
              + JavaIndex.accessors(now)));
    }
  }

  void typeChanged(String name, List<String> path, Root before, Root after, String kindBefore, String kindAfter,
      Set<Use> uses) {
    String subject = subject(name, path);
    String javaBefore = javaType(before, path);
    String javaAfter = javaType(after, path);
    Verdict source = Objects.equals(javaBefore, javaAfter) ? Verdict.info("no Java change")
        : Verdict.err(symbol(after, path) + " changes type from " + javaBefore + " to " + javaAfter);
    findings.add(Rule.PROPERTY_TYPE_CHANGED, subject, kindBefore + " -> " + kindAfter,
        after.side().at(position(after, path)),
        subject + ": type changed from " + kindBefore + " to " + kindAfter + Findings.reach(uses),
        Findings.wire(uses, Verdict.err("OLD consumers cannot decode NEW messages"),
            Verdict.err("NEW consumers cannot decode OLD messages")),
        source);
  }

  /**
   * Format, enumerated values, the schemas a composition names, constraints, default and deprecation;
   * true when format or values changed.
   */
  boolean values(String name, List<String> path, Root before, Root after, Schema was, Schema now,
      SourcePosition position, Set<Use> uses) {
    String subject = subject(name, path);
    compositions.compare(subject, path, before, after, was, now, position, uses);
    boolean changed = false;
    if (!Objects.equals(Shapes.format(was), Shapes.format(now))) {
      format(subject, path, before, after, Shapes.format(was), Shapes.format(now), position, uses);
      changed = true;
    }
    TreeSet<String> valuesBefore = Shapes.enumValues(was);
    TreeSet<String> valuesAfter = Shapes.enumValues(now);
    boolean patterns = Shapes.isEventPatterns(now);
    for (String value : valuesAfter) {
      if (!valuesBefore.contains(value) && !valuesBefore.isEmpty()) {
        enumAdded(subject, path, after, value, patterns, position, uses);
        changed = true;
      }
    }
    for (String value : valuesBefore) {
      if (!valuesAfter.contains(value) && !valuesAfter.isEmpty()) {
        enumRemoved(subject, path, before, value, patterns, position, uses);
        changed = true;
      }
    }
    if (valuesBefore.isEmpty() != valuesAfter.isEmpty()) {
      enumListed(subject, path, before, after, valuesAfter.isEmpty() ? valuesBefore : valuesAfter,
          !valuesAfter.isEmpty(), patterns || Shapes.isEventPatterns(was), position, uses);
      changed = true;
    }
    constraints.compare(subject, was, now, position, uses);
    return changed;
  }

  /**
   * A schema that starts listing its values (a {@code string} gains an {@code enum}: its Java type may become
   * an enum) or stops listing them.
   */
  private void enumListed(String subject, List<String> path, Root before, Root after, TreeSet<String> values,
      boolean listed, boolean patterns, SourcePosition position, Set<Use> uses) {
    String javaBefore = javaType(before, path);
    String javaAfter = javaType(after, path);
    Verdict source = Objects.equals(javaBefore, javaAfter) ? Verdict.info("no Java change")
        : Verdict.err(symbol(after, path) + " changes type from " + javaBefore + " to " + javaAfter);
    String list = String.join(", ", values);
    Verdict reader;
    Verdict writer;
    if (listed) {
      reader = Verdict.info("OLD consumers read every listed value as before");
      writer = Verdict.err("NEW consumers accept only " + list + "; OLD senders may send any value");
    } else {
      reader = patterns ? Verdict.info("event names stay strings")
          : openEnums ? Verdict.warn("OLD consumers keep values other than " + list
              + " as unknown values their application does not expect")
          : Verdict.err("OLD consumers fail to decode values other than " + list + " (closed enums)");
      writer = Verdict.info("NEW consumers accept any value");
    }
    findings.add(listed ? Rule.ENUM_ADDED : Rule.ENUM_REMOVED, subject, list, position,
        subject + (listed ? ": values now limited to " : ": values no longer limited to ") + list
            + Findings.reach(uses),
        Findings.wire(uses, reader, writer), source);
  }

  private void format(String subject, List<String> path, Root before, Root after, String was, String now,
      SourcePosition position, Set<Use> uses) {
    String javaBefore = javaType(before, path);
    String javaAfter = javaType(after, path);
    boolean javaChanged = !Objects.equals(javaBefore, javaAfter);
    Verdict source = javaChanged ? Verdict.err(symbol(after, path) + " changes type from " + javaBefore + " to "
        + javaAfter) : Verdict.info("no Java change");
    boolean oldParses = javaChanged && javaBefore != null && !javaBefore.equals("String");
    boolean newParses = javaChanged && javaAfter != null && !javaAfter.equals("String");
    findings.add(Rule.FORMAT_CHANGED, subject, was + " -> " + now, position,
        subject + ": format " + describe(was) + " became " + describe(now) + Findings.reach(uses),
        Findings.wire(uses,
            oldParses ? Verdict.warn("OLD consumers parse it as " + javaBefore + "; NEW producers may send other text")
                : Verdict.info("OLD consumers read it as before"),
            newParses ? Verdict.warn("NEW consumers parse it as " + javaAfter + "; OLD senders may send other text")
                : Verdict.info("NEW consumers read it as text")),
        source);
  }

  private void enumAdded(String subject, List<String> path, Root after, String value, boolean patterns,
      SourcePosition position, Set<Use> uses) {
    Optional<EnumPlan> type = after.side().java().enumOf(after.type(), path);
    String constant = type.flatMap(e -> e.constants().stream().filter(c -> c.value().equals(value)).findFirst()
        .map(c -> JavaIndex.simpleName(e.name()) + "." + c.name())).orElse(null);
    Verdict source = constant == null ? Verdict.info("no Java change")
        : Verdict.warn("new constant " + constant + ": a switch over " + JavaIndex.simpleName(switchedOver(type.get()))
            + " without default stops compiling");
    Verdict reader = patterns ? Verdict.info("event names stay strings")
        : openEnums ? Verdict.info("OLD consumers keep it as an unknown value")
        : Verdict.err("OLD consumers fail to decode it (closed enums)");
    findings.add(Rule.ENUM_VALUE_ADDED, subject, value, position,
        subject + ": enum value '" + value + "' added" + Findings.reach(uses),
        Findings.wire(uses, reader, Verdict.info("NEW consumers accept every OLD value")), source);
  }

  /** What users switch over: an open enum's Known, else the enum itself. */
  private static ClassName switchedOver(EnumPlan type) {
    return type.known() != null ? type.known() : type.name();
  }

  private void enumRemoved(String subject, List<String> path, Root before, String value, boolean patterns,
      SourcePosition position, Set<Use> uses) {
    Optional<EnumPlan> type = before.side().java().enumOf(before.type(), path);
    String constant = type.flatMap(e -> e.constants().stream().filter(c -> c.value().equals(value)).findFirst()
        .map(c -> JavaIndex.simpleName(e.name()) + "." + c.name())).orElse(null);
    Verdict source = constant == null ? Verdict.info("no Java change")
        : Verdict.err("constant " + constant + " removed");
    Verdict writer = patterns ? Verdict.info("event names stay strings")
        : openEnums ? Verdict.warn("NEW consumers keep it as an unknown value their application no longer expects")
        : Verdict.err("NEW consumers fail to decode it (closed enums)");
    findings.add(Rule.ENUM_VALUE_REMOVED, subject, value, position,
        subject + ": enum value '" + value + "' removed" + Findings.reach(uses),
        Findings.wire(uses, Verdict.info("NEW producers no longer send it"), writer), source);
  }

  private void required(String subject, List<String> path, Root before, Root after, boolean nowRequired,
      SourcePosition position, Set<Use> uses) {
    String javaBefore = javaType(before, path);
    String javaAfter = javaType(after, path);
    boolean javaChanged = !Objects.equals(javaBefore, javaAfter);
    Rule rule = nowRequired ? Rule.PROPERTY_BECAME_REQUIRED : Rule.PROPERTY_BECAME_OPTIONAL;
    Verdict source;
    Verdict reader;
    Verdict writer;
    if (!enforceRequired) {
      source = Verdict.info("no Java change (required is not enforced)");
      reader = Verdict.info("required is not enforced");
      writer = reader;
    } else if (nowRequired) {
      source = Verdict.warn((javaChanged ? symbol(after, path) + " changes type from " + javaBefore + " to "
          + javaAfter + ", so null checks on it stop compiling; " : "") + "constructing " + owners(after, path)
          + " without it now throws");
      reader = Verdict.info("OLD consumers now always get it");
      writer = Verdict.err("NEW consumers require it and OLD senders may omit it");
    } else {
      source = javaChanged ? Verdict.warn(symbol(after, path) + " changes type from " + javaBefore + " to "
          + javaAfter + ": unboxing it may throw NullPointerException") : Verdict.info("no Java change");
      reader = Verdict.err("OLD consumers require it and NEW producers may omit it");
      writer = Verdict.info("NEW consumers accept it either way");
    }
    findings.add(rule, subject, "", position,
        subject + ": property became " + (nowRequired ? "required" : "optional") + Findings.reach(uses),
        Findings.wire(uses, reader, writer), source);
  }

  private void javaTypes(String subject, List<String> path, Root before, Root after, SourcePosition position) {
    String javaBefore = javaType(before, path);
    String javaAfter = javaType(after, path);
    if (javaBefore != null && javaAfter != null && !javaBefore.equals(javaAfter)) {
      findings.add(Rule.JAVA_TYPE_CHANGED, subject, javaBefore + " -> " + javaAfter, position,
          subject + ": Java type " + javaBefore + " became " + javaAfter, Verdict.info("none"),
          Verdict.err(symbol(after, path) + " changes type from " + javaBefore + " to " + javaAfter));
    }
  }

  /** The Java type of a property (renamed classes by their new names), without packages; null when none. */
  private String javaType(Root root, List<String> path) {
    if (path.isEmpty()) {
      return root.type() == null ? null : JavaIndex.javaType(renames.javaType(root.type()));
    }
    List<Member> members = root.side().java().members(root.type(), path);
    return members.isEmpty() ? null : JavaIndex.javaType(renames.javaType(members.get(0).component().type()));
  }

  private static String symbol(Root root, List<String> path) {
    if (path.isEmpty()) {
      return root.type() == null ? "its Java type" : JavaIndex.simpleName(root.type());
    }
    List<Member> members = root.side().java().members(root.type(), path);
    return members.isEmpty() ? "its Java type" : JavaIndex.accessors(members);
  }

  /** The records' accessors, and the interface's when the schema is one that others extend. */
  private static String accessors(Root root, List<String> path, List<Member> members) {
    String records = JavaIndex.accessors(members);
    return path.size() != 1 ? records : root.side().java()
        .interfaceAccessor(root.type(), members.get(0).component().name())
        .map(face -> face + " and " + records).orElse(records);
  }

  private static String owners(Root root, List<String> path) {
    List<Member> members = root.side().java().members(root.type(), path);
    return members.isEmpty() ? "it" : JavaIndex.constructors(members);
  }

  private static SourcePosition position(Root root, List<String> path) {
    if (path.isEmpty()) {
      return root.position();
    }
    Site site = PropertySites.of(root.schema()).get(path);
    return site == null ? root.position() : site.position();
  }

  private static boolean parentClosed(java.util.Map<List<String>, Site> sites, List<String> path) {
    return sites.entrySet().stream().filter(e -> e.getKey().size() == path.size()
        && e.getKey().subList(0, path.size() - 1).equals(path.subList(0, path.size() - 1)))
        .anyMatch(e -> e.getValue().parentClosed());
  }

  private static boolean sent(Set<Use> uses) {
    return uses.stream().anyMatch(u -> u.direction() == Direction.SENT);
  }

  static String subject(String name, List<String> path) {
    return path.isEmpty() ? name : name + "." + String.join(".", path);
  }

  private static String describe(String format) {
    return format == null ? "(none)" : "'" + format + "'";
  }
}
