package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.StringSchema;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AsyncAPI 2.x traits: each trait, in order, is a JSON Merge Patch over the object, so a trait's
 * value wins over the object's own and a {@code null} in a trait removes the field.
 */
class TraitsTest {
  private final AsyncApi api = Specs.read(Specs.spec("traits/traits.yaml")).api();
  private final Message message = api.messages().get("OrderPlaced");
  private final Operation operation = api.channel("orders").orElseThrow().operations().get(0);

  @Test
  void messageTraitValueWinsOverTheMessagesOwn() {
    assertThat(message.contentType()).isEqualTo("application/json");
  }

  @Test
  void laterMessageTraitWinsOverAnEarlierOne() {
    assertThat(message.title()).isEqualTo("Second trait title");
  }

  @Test
  void inlineMessageTraitIsAppliedLast() {
    assertThat(message.name()).isEqualTo("inline-trait-name");
  }

  @Test
  void nullInAMessageTraitRemovesTheField() {
    assertThat(message.summary()).isNull();
  }

  @Test
  void messageTraitMergesNestedObjectsKeyByKey() {
    assertThat(message.bindings()).isEqualTo(Map.of("kafka", Map.of("key", Map.of("type", "string"),
        "bindingVersion", "0.4.0")));
  }

  @Test
  void fieldsNoTraitMentionsAreKept() {
    assertThat(message.payload()).isInstanceOf(StringSchema.class);
    assertThat(message.key()).isEqualTo("OrderPlaced");
  }

  @Test
  void channelMessageIsTheSameMergedComponentMessage() {
    assertThat(operation.messages()).containsExactly(message);
    assertThat(operation.messages().get(0)).isSameAs(message);
  }

  @Test
  void operationTraitsApplyInOrderAndTheLastOneWins() {
    assertThat(operation.id()).isEqualTo("traitOperationId");
    assertThat(operation.summary()).isEqualTo("Renamed summary");
  }

  @Test
  void operationTraitAddsFieldsTheOperationLacks() {
    assertThat(operation.tags()).containsExactly("orders");
  }

  @Test
  void nullInAnOperationTraitRemovesTheField() {
    assertThat(operation.description()).isNull();
  }
}
