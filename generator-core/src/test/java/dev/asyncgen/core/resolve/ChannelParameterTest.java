package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Severity;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.model.Channel;
import org.junit.jupiter.api.Test;

/** Parameters in a channel name must be declared; declared ones should be used. */
class ChannelParameterTest {
  private static final String DIR = Specs.DIR + "/parameters/";

  @Test
  void undeclaredParameterIsAnErrorAtTheChannelKey() {
    SpecException e = Specs.readFailing(Specs.spec("parameters/undeclared.yaml"));

    assertThat(Specs.messages(e)).containsExactly(DIR + "undeclared.yaml:6:3: error: channel "
        + "'users.{userId}.orders.{orderId}' uses parameter {orderId}, which it does not declare under 'parameters'");
    assertThat(e.diagnostics()).allMatch(Diagnostic::isError);
  }

  @Test
  void declaredButUnusedParameterIsAWarning() {
    SpecReader.Result result = Specs.read(Specs.spec("parameters/unused.yaml"));

    assertThat(result.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.severity()).isEqualTo(Severity.WARNING);
      assertThat(warning.message())
          .isEqualTo("channel 'users.{userId}' declares parameter 'tenantId' but its name has no {tenantId}");
      assertThat(warning.position().file().displayPath()).isEqualTo(DIR + "unused.yaml");
    });
  }

  @Test
  void declaredButUnusedParameterIsKeptAfterTheUsedOnes() {
    Channel channel = Specs.read(Specs.spec("parameters/unused.yaml")).api().channel("users.{userId}").orElseThrow();

    assertThat(channel.parameters()).containsOnlyKeys("userId", "tenantId");
    assertThat(channel.parameters().keySet()).containsExactly("userId", "tenantId");
    assertThat(channel.parameters().get("tenantId").description()).isEqualTo("Not in the channel name.");
  }
}
