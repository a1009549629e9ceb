package dev.asyncgen.core.emit;

import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.BrokerPlan;

/** Renders the {@code Mqtt} facade over {@code asyncgen-mqtt}. */
final class MqttFacadeEmitter {
  private final BrokerPlan plan;

  MqttFacadeEmitter(BrokerPlan plan) {
    this.plan = plan;
  }

  TypeSpec emit() {
    throw new UnsupportedOperationException("the " + plan.facade().simpleName() + " facade is not implemented yet");
  }
}
