package dev.asyncgen.core.emit;

import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.BrokerPlan;

/** Renders the {@code Amqp} facade over {@code asyncgen-amqp}. */
final class AmqpFacadeEmitter {
  private final BrokerPlan plan;

  AmqpFacadeEmitter(BrokerPlan plan) {
    this.plan = plan;
  }

  TypeSpec emit() {
    throw new UnsupportedOperationException("the " + plan.facade().simpleName() + " facade is not implemented yet");
  }
}
