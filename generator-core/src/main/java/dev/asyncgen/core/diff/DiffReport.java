package dev.asyncgen.core.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every change between two specs, sorted by position.
 *
 * @param oldSpec how the old spec is named in messages
 * @param newSpec how the new spec is named in messages
 */
public record DiffReport(String oldSpec, String newSpec, List<Finding> findings) {
  public DiffReport {
    findings = findings.stream().sorted().toList();
  }

  /** How many findings each level has, worst first; levels without findings count 0. */
  public Map<Level, Long> counts() {
    Map<Level, Long> counts = new EnumMap<>(Level.class);
    for (Level level : Level.values()) {
      counts.put(level, findings.stream().filter(f -> f.level() == level).count());
    }
    return counts;
  }

  public List<Finding> atLeast(Level threshold) {
    return findings.stream().filter(f -> f.level().atLeast(threshold)).toList();
  }

  /** {@code 3 findings: 1 ERR, 1 WARN, 1 INFO}. */
  public String summary() {
    Map<Level, Long> counts = counts();
    return findings.size() + (findings.size() == 1 ? " finding: " : " findings: ") + counts.get(Level.ERR) + " ERR, "
        + counts.get(Level.WARN) + " WARN, " + counts.get(Level.INFO) + " INFO";
  }

  /** One line per finding, then the summary. */
  public String text() {
    StringBuilder text = new StringBuilder();
    findings.forEach(f -> text.append(f).append('\n'));
    return text.append(summary()).append('\n').toString();
  }
}
