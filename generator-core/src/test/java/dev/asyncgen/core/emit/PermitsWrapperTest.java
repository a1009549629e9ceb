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

  /** The 10,000-channel synthetic spec's Envelope permits 5,000 types; the regex must not recurse per type. */
  @Test
  void thousandsOfPermittedTypesWrapOnASmallStack() throws InterruptedException {
    String types = String.join(", ", java.util.Collections.nCopies(20_000, "ItemEnvelope"));
    String source = "public sealed interface Envelope permits " + types + " {\n}\n";
    String[] wrapped = new String[1];
    Thread thread = new Thread(null, () -> wrapped[0] = PermitsWrapper.wrap(source), "wrap", 256 * 1024);
    thread.start();
    thread.join();

    assertThat(wrapped[0]).startsWith("public sealed interface Envelope\n        permits ItemEnvelope,")
        .endsWith(" ItemEnvelope {\n}\n");
  }
}
