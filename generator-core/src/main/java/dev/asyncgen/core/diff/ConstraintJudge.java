package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.Schema;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges what a schema says besides its shape: validation keywords ({@code maxLength}, {@code pattern},
 * {@code minimum}, {@code maxItems}, ...), {@code default} and {@code deprecated}. Generated code checks no
 * validation keyword, so they matter to the other side: a tighter one on data generated code sends may
 * make NEW consumers refuse what OLD senders produce.
 */
final class ConstraintJudge {
  private static final Verdict NOT_CHECKED = Verdict.info("generated code does not check it");

  private final Findings findings;

  ConstraintJudge(Findings findings) {
    this.findings = findings;
  }

  void compare(String subject, Schema was, Schema now, SourcePosition position, Set<Use> uses) {
    Map<String, Object> before = constraints(was);
    Map<String, Object> after = constraints(now);
    Set<String> keywords = new TreeSet<>(before.keySet());
    keywords.addAll(after.keySet());
    for (String keyword : keywords) {
      Object old = before.get(keyword);
      Object value = after.get(keyword);
      if (!Objects.equals(old, value)) {
        constraint(subject, keyword, old, value, position, uses);
      }
    }
    if (!Objects.equals(was.info().defaultValue(), now.info().defaultValue())) {
      findings.add(Rule.DEFAULT_CHANGED, subject, String.valueOf(now.info().defaultValue()), position,
          subject + ": default " + describe(was.info().defaultValue()) + " became "
              + describe(now.info().defaultValue()) + Findings.reach(uses),
          Verdict.info("the value a consumer assumes when it is missing changed; generated code does not fill"
              + " it in"), Verdict.info("no Java change"));
    }
    if (was.info().deprecated() != now.info().deprecated()) {
      boolean deprecated = now.info().deprecated();
      findings.add(Rule.DEPRECATED_CHANGED, subject, String.valueOf(deprecated), position,
          subject + (deprecated ? ": now deprecated" : ": no longer deprecated") + Findings.reach(uses),
          Verdict.info(deprecated ? "still valid; plan to stop using it" : "none"), Verdict.info("no Java change"));
    }
  }

  private void constraint(String subject, String keyword, Object old, Object value, SourcePosition position,
      Set<Use> uses) {
    boolean tighter = tighter(keyword, old, value);
    String change = old == null ? keyword + " " + describe(value) + " added"
        : value == null ? keyword + " " + describe(old) + " removed"
        : keyword + " " + describe(old) + " became " + describe(value);
    Verdict writer = tighter
        ? Verdict.warn("NEW consumers that validate may refuse values OLD senders produce")
        : Verdict.info("NEW consumers accept every OLD value");
    Verdict reader = tighter ? Verdict.info("NEW producers send values OLD consumers accept")
        : Verdict.info("OLD consumers may get values outside the old limits; generated code does not check them");
    findings.add(tighter ? Rule.CONSTRAINT_TIGHTENED : Rule.CONSTRAINT_LOOSENED, subject,
        keyword + " " + old + " -> " + value, position, subject + ": " + change + Findings.reach(uses),
        Findings.wire(uses, reader, writer), NOT_CHECKED);
  }

  /**
   * Whether the new value admits fewer values than the old: an added keyword does, a removed one does not;
   * a changed {@code pattern} or {@code multipleOf} counts as tighter unless it plainly is not (it may refuse
   * values the old one allowed, and which it does cannot be told).
   */
  static boolean tighter(String keyword, Object old, Object value) {
    if (old == null || value == null) {
      return old == null;
    }
    BigDecimal before = number(old);
    BigDecimal after = number(value);
    if (before == null || after == null) {
      return !(Boolean.FALSE.equals(value) && Boolean.TRUE.equals(old)); // exclusiveMinimum: true (draft 4), else text
    }
    if (keyword.endsWith("multipleOf")) {
      return before.remainder(after).signum() != 0;
    }
    boolean lowerBound = keyword.toLowerCase(java.util.Locale.ROOT).contains("min");
    return lowerBound ? after.compareTo(before) > 0 : after.compareTo(before) < 0;
  }

  /**
   * A schema's constraints, and those of its array items (as {@code items.maxLength}, ...); those that say
   * nothing ({@code uniqueItems: false}, a minimum length of 0) left out, so that writing them is no change.
   */
  static Map<String, Object> constraints(Schema schema) {
    Map<String, Object> all = new TreeMap<>();
    String prefix = "";
    Schema current = schema;
    while (true) {
      for (Map.Entry<String, Object> entry : current.info().constraints().entrySet()) {
        if (!saysNothing(entry.getKey(), entry.getValue())) {
          all.put(prefix + entry.getKey(), entry.getValue());
        }
      }
      if (current instanceof ArraySchema array) {
        if (array.uniqueItems()) {
          all.put(prefix + "uniqueItems", true);
        }
        if (array.tupleItems().isEmpty()) {
          current = array.items();
          prefix += "items.";
          continue;
        }
      }
      return all;
    }
  }

  private static boolean saysNothing(String keyword, Object value) {
    BigDecimal number = number(value);
    return number != null && number.signum() == 0
        && (keyword.endsWith("minLength") || keyword.endsWith("minItems") || keyword.endsWith("minProperties"));
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString());
      } catch (NumberFormatException e) {
        return null; // NaN or infinity
      }
    }
    return null;
  }

  private static String describe(Object value) {
    return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
  }
}
