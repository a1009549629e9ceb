package dev.asyncgen.core.diff;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.naming.JavaIdentifiers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what a message says besides its schemas: headers where it had none (or none left), its content
 * type (the document's {@code defaultContentType} when it names none) and its bindings. Its payload and
 * headers schemas are {@link SchemaComparison}'s.
 */
final class MessageComparison {
  private final Side before;
  private final Side after;
  private final Findings findings;
  private final boolean enforceRequired;

  MessageComparison(Side before, Side after, Findings findings, boolean enforceRequired) {
    this.before = before;
    this.after = after;
    this.findings = findings;
    this.enforceRequired = enforceRequired;
  }

  void compare() {
    Map<String, Message> old = before.messages().all();
    after.messages().all().forEach((name, now) -> {
      Message was = old.get(name);
      if (was != null) {
        Set<Use> uses = new LinkedHashSet<>(before.uses().ofMessage(name));
        uses.addAll(after.uses().ofMessage(name));
        headers(name, was, now, uses);
        contentType(name, was, now, uses);
        BindingComparison.compare(name, was.bindings(), now.bindings(), after.at(now.position()), findings);
      }
    });
  }

  private void headers(String name, Message was, Message now, Set<Use> uses) {
    String subject = name + ".headers";
    if (was.headers() == null && now.headers() != null) {
      List<String> required = enforceRequired ? required(after, now.headers()) : List.of();
      ClassName type = after.java().topLevel(JavaIdentifiers.pascalCase(name) + "Headers");
      findings.add(Rule.HEADERS_ADDED, subject, "", after.at(now.headers().position()),
          subject + ": headers added" + (required.isEmpty() ? "" : ", " + String.join(", ", required) + " required")
              + Findings.reach(uses),
          Findings.wire(uses, Verdict.info("OLD consumers ignore them"), required.isEmpty()
              ? Verdict.info("NEW consumers accept messages without them")
              : Verdict.err("NEW consumers require " + String.join(", ", required) + "; OLD senders send no headers")),
          Verdict.info(type == null ? "no Java change" : "new record " + JavaIndex.simpleName(type)));
    } else if (was.headers() != null && now.headers() == null) {
      List<String> required = enforceRequired ? required(before, was.headers()) : List.of();
      ClassName type = before.java().topLevel(JavaIdentifiers.pascalCase(name) + "Headers");
      findings.add(Rule.HEADERS_REMOVED, subject, "", before.at(was.headers().position()),
          subject + ": headers removed" + Findings.reach(uses),
          Findings.wire(uses, required.isEmpty() ? Verdict.info("NEW producers no longer send them")
                  : Verdict.err("OLD consumers require " + String.join(", ", required)
                      + "; NEW producers no longer send them"),
              Verdict.info("NEW consumers ignore them")),
          type == null ? Verdict.info("no Java change")
              : Verdict.err("record " + JavaIndex.simpleName(type) + " removed"));
    }
  }

  /** The required top-level properties of a headers schema, through a reference to a named one. */
  private static List<String> required(Side side, Schema headers) {
    Schema schema = headers;
    for (int i = 0; schema instanceof ReferenceSchema reference && i < side.api().schemas().size(); i++) {
      NamedSchema named = side.api().schemas().get(reference.name());
      schema = named == null ? null : named.schema();
    }
    return schema == null ? List.of() : PropertySites.of(schema).entrySet().stream()
        .filter(e -> e.getKey().size() == 1 && e.getValue().required()).map(e -> e.getKey().get(0)).toList();
  }

  /**
   * A content type changes the encoding when it leaves JSON (or a non-JSON type changes), which generated
   * code cannot follow; between two JSON types only consumers that check the header notice.
   */
  private void contentType(String name, Message was, Message now, Set<Use> uses) {
    String old = essence(was.contentType());
    String value = essence(now.contentType());
    if (Objects.equals(old, value)) {
      return;
    }
    boolean sameEncoding = json(old) && json(value);
    String subject = name + ".contentType";
    findings.add(Rule.CONTENT_TYPE_CHANGED, subject, String.valueOf(value), after.at(now.position()),
        subject + ": content type " + describe(was.contentType()) + " became " + describe(now.contentType())
            + Findings.reach(uses),
        Findings.wire(uses,
            sameEncoding ? Verdict.warn("OLD consumers that check the content type may refuse NEW messages")
                : Verdict.err("OLD consumers decode the old encoding"),
            sameEncoding ? Verdict.warn("NEW consumers that check the content type may refuse OLD messages")
                : Verdict.err("NEW consumers expect the new encoding")),
        Verdict.info("no Java change"));
  }

  /** {@code type/subtype} in lower case, without parameters; JSON when none is given, as generated code assumes. */
  private static String essence(String contentType) {
    if (contentType == null) {
      return "application/json";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static boolean json(String essence) {
    return essence.equals("application/json") || essence.endsWith("+json");
  }

  private static String describe(String contentType) {
    return contentType == null ? "(none)" : "'" + contentType + "'";
  }
}
