package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;

/**
 * The build's compatibility check: the findings at or above a level that no accepted change
 * covers, and accepted changes that match no finding any more.
 *
 * @param failing findings that fail the build
 * @param stale where each accepted fingerprint that matched nothing is written, sorted
 */
public record CompatCheck(DiffReport report, AcceptedChanges accepted, List<Finding> failing,
    List<SourcePosition> stale) {
  public CompatCheck {
    failing = List.copyOf(failing);
    stale = stale.stream().sorted().toList();
  }

  /** @param failOn the level that fails the build, or null to fail on nothing */
  public static CompatCheck of(DiffReport report, AcceptedChanges accepted, Level failOn) {
    List<Finding> failing = report.findings().stream()
        .filter(f -> failOn != null && f.level().atLeast(failOn) && !accepted.accepts(f))
        .toList();
    List<SourcePosition> stale = accepted.lines().entrySet().stream()
        .filter(line -> report.findings().stream().noneMatch(f -> f.fingerprint().equals(line.getKey())))
        .map(Map.Entry::getValue)
        .toList();
    return new CompatCheck(report, accepted, failing, stale);
  }

  public boolean failed() {
    return !failing.isEmpty();
  }
}
