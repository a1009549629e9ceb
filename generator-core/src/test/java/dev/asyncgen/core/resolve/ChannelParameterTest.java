package dev.asyncgen.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Severity;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.model.Channel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    });
  }

  @Test
  void unusedParameterWarningPointsAtItsNameUnderParameters() {
    SpecReader.Result result = Specs.read(Specs.spec("parameters/unused.yaml"));

    assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(DIR + "unused.yaml:11:7: warning: "
        + "channel 'users.{userId}' declares parameter 'tenantId' but its name has no {tenantId}");
  }

  /** The declaration to remove is in the channel, not in components. */
  @Test
  void unusedReferencedParameterWarningPointsAtTheChannelNotTheComponent() {
    SpecReader.Result result = Specs.read(Specs.spec("parameters/unused-ref.yaml"));

    assertThat(result.warnings()).extracting(Diagnostic::toString).containsExactly(DIR + "unused-ref.yaml:10:7: "
        + "warning: channel 'users.{userId}' declares parameter 'tenantId' but its name has no {tenantId}");
  }

  @Test
  void declaredButUnusedParameterIsKeptAfterTheUsedOnes() {
    Channel channel = Specs.read(Specs.spec("parameters/unused.yaml")).api().channel("users.{userId}").orElseThrow();

    assertThat(channel.parameters()).containsOnlyKeys("userId", "tenantId");
    assertThat(channel.parameters().keySet()).containsExactly("userId", "tenantId");
    assertThat(channel.parameters().get("tenantId").description()).isEqualTo("Not in the channel name.");
  }

  @Test
  void parametersThatAreNotAnObjectAreAnErrorNotACrash(@TempDir Path dir) {
    Path spec = Specs.write(dir.resolve("list.yaml"), Specs.HEADER + "channels:\n  users:\n    parameters: [userId]\n");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "list.yaml:7:17: error: 'parameters' in channel 'users' must be an object, found a list");
  }

  /** xyz could be x and yz or xy and z: parse could not give the channel back, in either version. */
  @Test
  void adjacentParametersAreAnErrorAtTheChannel(@TempDir Path dir) {
    Path v2 = Specs.write(dir.resolve("v2.yaml"), Specs.HEADER + """
        channels:
          rooms.{building}{floor}:
            parameters:
              building: {schema: {type: string}}
              floor: {schema: {type: string}}
            subscribe:
              message: {payload: {type: string}}
        """);
    Path v3 = Specs.write(dir.resolve("v3.yaml"), """
        asyncapi: 3.0.0
        info: {title: Test, version: 1.0.0}
        channels:
          rooms:
            address: 'rooms.{building}{floor}'
            parameters:
              building: {}
              floor: {}
        """);

    assertThat(Specs.messages(Specs.readFailing(v2))).containsExactly(dir.relativize(v2).toString()
        + ":6:3: error: the address 'rooms.{building}{floor}' of channel 'rooms.{building}{floor}' puts {floor} right"
        + " after {building}: a name built from it cannot be split back into their values; put text between them,"
        + " such as '{building}-{floor}'");
    assertThat(Specs.messages(Specs.readFailing(v3))).singleElement().asString()
        .endsWith(":4:3: error: the address 'rooms.{building}{floor}' of channel 'rooms' puts {floor} right after"
            + " {building}: a name built from it cannot be split back into their values; put text between them, such"
            + " as '{building}-{floor}'");
  }
}
