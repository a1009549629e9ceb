package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Checks the Kafka bindings a {@link BrokerPlan} carries: what the client cannot honour is a warning naming it. */
final class KafkaBindingsCheck {
  private KafkaBindingsCheck() {}

  /** @param document the start of the root document, for findings about the whole spec */
  static void check(BrokerPlan plan, SourcePosition document, Diagnostics diagnostics) {
    List<KafkaBindings.Finding> findings = new ArrayList<>();
    KafkaBindings.servers(plan, findings);
    KafkaBindings.security(plan, findings);
    plan.channels().forEach(channel -> KafkaBindings.channel(channel, findings));
    KafkaBindings.clientId(plan, findings);
    for (KafkaBindings.Finding finding : findings) {
      SourcePosition at = finding.position() != null ? finding.position() : document;
      if (finding.error()) {
        diagnostics.error(at, finding.message());
      } else {
        diagnostics.warning(at, finding.message());
      }
    }
  }
}
