package dev.asyncgen.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.model.ChannelAddress.Literal;
import dev.asyncgen.core.model.ChannelAddress.ParameterRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelAddressTest {
  @Test
  void partsAlternateBetweenLiteralTextAndParameters() {
    ChannelAddress address = ChannelAddress.parse("files.{fileId}");

    assertThat(address.parts()).containsExactly(new Literal("files."), new ParameterRef("fileId"));
  }

  @Test
  void slashIsTheSeparatorWhenTheNameHasOne() {
    ChannelAddress address = ChannelAddress.parse("users/{user.id}/signedup");

    assertThat(address.separator()).isEqualTo('/');
    assertThat(address.segments()).containsExactly(
        List.of(new Literal("users")), List.of(new ParameterRef("user.id")), List.of(new Literal("signedup")));
  }

  @Test
  void segmentMayMixTextAndAParameter() {
    ChannelAddress address = ChannelAddress.parse("orders.v{version}-beta.placed");

    assertThat(address.segments()).containsExactly(
        List.of(new Literal("orders")),
        List.of(new Literal("v"), new ParameterRef("version"), new Literal("-beta")),
        List.of(new Literal("placed")));
  }

  @Test
  void unclosedOrEmptyBracesStayLiteral() {
    assertThat(ChannelAddress.parse("a.{}.{open").parts()).containsExactly(new Literal("a.{}.{open"));
    assertThat(ChannelAddress.parse("a.{}.{open").parameterNames()).isEmpty();
  }

  @Test
  void repeatedParameterIsNamedOnce() {
    assertThat(ChannelAddress.parse("{id}.copy.{id}").parameterNames()).containsExactly("id");
  }
}
