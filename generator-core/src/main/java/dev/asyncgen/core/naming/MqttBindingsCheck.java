package dev.asyncgen.core.naming;

import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;

/** Checks the Mqtt bindings a {@link BrokerPlan} carries: what the client cannot honour is a warning naming it. */
final class MqttBindingsCheck {
  private MqttBindingsCheck() {}

  /** @param document the start of the root document, for findings about the whole spec */
  static void check(BrokerPlan plan, SourcePosition document, Diagnostics diagnostics) {
    MqttBindings.read(plan, diagnostics);
  }
}
