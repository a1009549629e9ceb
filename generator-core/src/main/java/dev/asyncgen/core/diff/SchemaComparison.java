package dev.asyncgen.core.diff;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diff.SiteComparison.Root;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.naming.JavaIdentifiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares the schemas of two specs: named schemas (added, removed, renamed with the same shape, or
 * changed) and the inline payloads of messages, each once, whatever number of channels it reaches.
 */
final class SchemaComparison {
  private final Side before;
  private final Side after;
  private final Findings findings;
  private final Renames renames = new Renames();
  private final PropertyJudge judge;

  SchemaComparison(Side before, Side after, Findings findings, boolean openEnums, boolean enforceRequired) {
    this.before = before;
    this.after = after;
    this.findings = findings;
    this.judge = new PropertyJudge(findings, renames, openEnums, enforceRequired);
  }

  /** The schemas {@link #compare()} found renamed: later comparisons read old names as the new ones. */
  Renames renames() {
    return renames;
  }

  void compare() {
    Map<String, NamedSchema> removed = new LinkedHashMap<>(before.api().schemas());
    after.api().schemas().keySet().forEach(removed::remove);
    Map<String, NamedSchema> added = new LinkedHashMap<>(after.api().schemas());
    before.api().schemas().keySet().forEach(added::remove);
    Map<String, NamedSchema> addedByShape = new LinkedHashMap<>();
    added.values().forEach(schema -> addedByShape.putIfAbsent(Shapes.canonical(schema.schema()), schema));
    List<NamedSchema> stillRemoved = new ArrayList<>();
    Map<NamedSchema, NamedSchema> renamed = new LinkedHashMap<>();
    for (NamedSchema gone : removed.values()) {
      NamedSchema match = addedByShape.remove(Shapes.canonical(gone.schema()));
      if (match == null) {
        stillRemoved.add(gone);
      } else {
        added.remove(match.name());
        renamed.put(gone, match);
        renamed(gone, match);
      }
    }
    // Compared once every rename is known, so that a reference to another renamed schema is no change.
    renamed.forEach(this::compareNamed);
    stillRemoved.forEach(this::removed);
    added.values().forEach(this::added);
    for (NamedSchema schema : after.api().schemas().values()) {
      NamedSchema old = before.api().schemas().get(schema.name());
      if (old != null) {
        compareNamed(old, schema);
      }
    }
    messages();
  }

  private void renamed(NamedSchema gone, NamedSchema match) {
    ClassName oldClass = before.java().classOf(gone.name());
    ClassName newClass = after.java().classOf(match.name());
    renames.add(gone.name(), match.name(), oldClass, newClass);
    Set<Use> uses = after.uses().ofSchema(match.name());
    Verdict source = oldClass == null ? Verdict.info("no Java type of its own")
        : Verdict.err("class " + JavaIndex.simpleName(oldClass) + " is now "
            + (newClass == null ? "gone" : JavaIndex.simpleName(newClass)));
    findings.add(Rule.SCHEMA_RENAMED, gone.name(), match.name(), after.at(match.position()),
        gone.name() + ": schema renamed to " + match.name() + ", same JSON" + Findings.reach(uses),
        Findings.wire(uses, Verdict.info("same JSON"), Verdict.info("same JSON")), source);
  }

  private void removed(NamedSchema gone) {
    ClassName oldClass = before.java().classOf(gone.name());
    findings.add(Rule.SCHEMA_REMOVED, gone.name(), "", before.at(gone.position()),
        gone.name() + ": schema removed",
        Findings.wire(before.uses().ofSchema(gone.name()), Verdict.info("see the changes that use it"),
            Verdict.info("see the changes that use it")),
        oldClass == null ? Verdict.info("no Java type of its own")
            : Verdict.err("class " + JavaIndex.simpleName(oldClass) + " removed"));
  }

  private void added(NamedSchema schema) {
    ClassName newClass = after.java().classOf(schema.name());
    findings.add(Rule.SCHEMA_ADDED, schema.name(), "", after.at(schema.position()),
        schema.name() + ": schema added", Verdict.info("none"),
        Verdict.info(newClass == null ? "no Java type of its own" : "new class " + JavaIndex.simpleName(newClass)));
  }

  private void compareNamed(NamedSchema old, NamedSchema now) {
    new SiteComparison(judge, findings, renames, now.name(),
        new Root(before, old.schema(), before.java().classOf(old.name()), before.at(old.position())),
        new Root(after, now.schema(), after.java().classOf(now.name()), after.at(now.position())),
        union(before.uses().ofSchema(old.name()), after.uses().ofSchema(now.name()))).compare();
  }

  /** Inline payloads are sites of their own; a payload that now names another schema is a payload change. */
  private void messages() {
    Map<String, Message> old = before.messages().all();
    for (Map.Entry<String, Message> entry : after.messages().all().entrySet()) {
      String message = entry.getKey();
      Message now = entry.getValue();
      Message was = old.get(message);
      if (was == null) {
        continue;
      }
      if (was.payload() != null && now.payload() != null) {
        payload(message, was, now);
      }
      if (inline(was.headers()) && inline(now.headers())) {
        inlineSite(message + ".headers", message, was.headers(), now.headers(), side -> side.java()
            .topLevel(JavaIdentifiers.pascalCase(message) + "Headers"));
      }
    }
  }

  private void payload(String message, Message was, Message now) {
    if (inline(was.payload()) && inline(now.payload())) {
      inlineSite(message + ".payload", message, was.payload(), now.payload(), side -> payloadClass(side, message));
      return;
    }
    String oldShape = Shapes.kind(was.payload(), renames::schema);
    String newShape = Shapes.kind(now.payload(), java.util.function.UnaryOperator.identity());
    if (!oldShape.equals(newShape)) {
      payloadChanged(message, now, oldShape, newShape);
    }
  }

  /** An inline payload or headers schema, compared as a schema of its own. */
  private void inlineSite(String name, String message, Schema was, Schema now, Function<Side, ClassName> type) {
    new SiteComparison(judge, findings, renames, name,
        new Root(before, was, type.apply(before), before.at(was.position())),
        new Root(after, now, type.apply(after), after.at(now.position())),
        union(before.uses().ofMessage(message), after.uses().ofMessage(message))).compare();
  }

  private static boolean inline(Schema schema) {
    return schema != null && !(schema instanceof ReferenceSchema);
  }

  private void payloadChanged(String message, Message now, String oldShape, String newShape) {
    Set<Use> uses = after.uses().ofMessage(message);
    String subject = message + ".payload";
    findings.add(Rule.MESSAGE_PAYLOAD_CHANGED, subject, oldShape + " -> " + newShape,
        after.at(now.payload().position()),
        subject + ": payload changed from " + oldShape + " to " + newShape + Findings.reach(uses),
        Findings.wire(uses, Verdict.err("OLD consumers decode it as the old payload"),
            Verdict.err("NEW consumers expect the new payload")),
        Verdict.info("see CHANNEL_PAYLOAD_TYPE_CHANGED for the channels' Java types"));
  }

  /**
   * The record generated for an inline payload: the payload type of a channel that carries the message,
   * else (a reply channel without an address has no Channel type) the record named after the message.
   */
  private static ClassName payloadClass(Side side, String message) {
    for (Use use : side.uses().ofMessage(message)) {
      // Uses name channels by id; the Java API knows them by address.
      TypeName type = side.java().channelPayload(side.address(use.channel()));
      if (type instanceof ClassName className && side.java().type(className).isPresent()) {
        return className;
      }
    }
    return side.java().topLevel(JavaIdentifiers.pascalCase(message) + "Payload");
  }

  private static Set<Use> union(Set<Use> a, Set<Use> b) {
    Set<Use> all = new java.util.LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }
}
