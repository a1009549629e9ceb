package dev.asyncgen.core.emit;

import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.BrokerPlan;

/** Renders the {@code Kafka} facade over {@code asyncgen-kafka}. */
final class KafkaFacadeEmitter {
  private final BrokerPlan plan;

  KafkaFacadeEmitter(BrokerPlan plan) {
    this.plan = plan;
  }

  TypeSpec emit() {
    throw new UnsupportedOperationException("the " + plan.facade().simpleName() + " facade is not implemented yet");
  }
}
