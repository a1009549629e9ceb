package dev.asyncgen.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.databind.node.StringNode;

/** A {@link QuotingStringNode} writes what Jackson writes for the same string, and equals its node. */
class QuotingStringNodeProperties {

  @Property(tries = 2000)
  void writesWhatJacksonWritesForAnyCharacter(@ForAll @StringLength(max = 40) String text) {
    assertSameAsJackson(text);
  }

  @Property(tries = 2000)
  void writesWhatJacksonWritesForControlsQuotesAndSlashes(
      @ForAll @StringLength(max = 20) @CharRange(from = 0, to = 0x7f) @Chars({'\u2028', '\u2029', '\ud800', '\udfff',
          '\u00e9', '\ufeff'}) String text) {
    assertSameAsJackson(text);
  }

  private static void assertSameAsJackson(String text) {
    StringNode jackson = StringNode.valueOf(text);
    QuotingStringNode ours = new QuotingStringNode(text);
    assertThat(ours.toString()).isEqualTo(jackson.toString());
    assertThat(ours).isEqualTo(jackson);
    assertThat(jackson).isEqualTo(ours);
    assertThat(ours.hashCode()).isEqualTo(jackson.hashCode());
  }
}
