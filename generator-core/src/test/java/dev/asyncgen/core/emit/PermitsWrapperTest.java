package dev.asyncgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermitsWrapperTest {
  @Test
  void aLongPermitsClauseWrapsEightColumnsIn() {
    String types = "AccountEnvelope, DocumentEnvelope, FileEnvelope, ExecutionEnvelope, TeamEnvelope, "
        + "MembershipEnvelope, SessionEnvelope";
    String source = "class A {\n    public sealed interface Envelope permits " + types + " {\n    }\n}\n";

    assertThat(PermitsWrapper.wrap(source)).isEqualTo("class A {\n"
        + "    public sealed interface Envelope\n"
        + "            permits AccountEnvelope, DocumentEnvelope, FileEnvelope, ExecutionEnvelope, TeamEnvelope,\n"
        + "            MembershipEnvelope, SessionEnvelope {\n"
        + "    }\n}\n");
  }

  @Test
  void leavesShortClausesAndOtherLinesAlone() {
    String source = "public sealed interface E permits A, B {\n"
        + "    // x".repeat(1) + " permits " + "y, ".repeat(60) + "z {\n";

    assertThat(PermitsWrapper.wrap(source)).isEqualTo(source);
  }
}
