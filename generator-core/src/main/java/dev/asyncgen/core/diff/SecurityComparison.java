package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.SecurityRequirement;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the security of a server or operation as a set of alternatives, each its schemes and their
 * scopes. Generated code sends no credentials itself; clients configured for the old ones must change.
 */
final class SecurityComparison {
  private SecurityComparison() {}

  /** @param owner how findings name the secured thing: {@code servers.prod}, {@code commands publish} */
  static void compare(String owner, List<SecurityRequirement> was, List<SecurityRequirement> now,
      SourcePosition position, Findings findings) {
    TreeSet<String> before = alternatives(was);
    TreeSet<String> after = alternatives(now);
    if (before.equals(after)) {
      return;
    }
    String change = before.isEmpty() ? "security added: " + String.join(" or ", after)
        : after.isEmpty() ? "security removed (was " + String.join(" or ", before) + ")"
        : "security " + String.join(" or ", before) + " became " + String.join(" or ", after);
    String subject = owner + " security";
    findings.add(Rule.SECURITY_CHANGED, subject, String.join(" or ", after), position, owner + ": " + change,
        Verdict.warn(before.isEmpty() ? "clients must now authenticate"
            : after.isEmpty() ? "clients configured with credentials may have to drop them"
            : "clients must change their credentials or the scopes they ask for"),
        Verdict.info("no generated code"));
  }

  /** {@code oauth2[read, write] + apiKey}, one per alternative, sorted. */
  private static TreeSet<String> alternatives(List<SecurityRequirement> requirements) {
    return requirements.stream().map(r -> r.schemes().entrySet().stream()
            .map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : e.getValue().stream().sorted()
                .collect(Collectors.joining(", ", "[", "]"))))
            .collect(Collectors.joining(" + ")))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
