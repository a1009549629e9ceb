package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.naming.ModelOptions;
import java.io.IOException;
import java.util.Map;
import dev.asyncgen.core.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --channel-names id}: AsyncAPI 3 channels are named after their ids; 2.x channels keep the address rule. */
class ChannelNamesTest {
  private static final String PACKAGE = "com.example.streetlights";

  @Test
  void channelsAreNamedAfterTheirIds() throws Throwable {
    Map<String, String> files = ModelOptionsGolden.generate(ModelOptionsGolden.STREETLIGHTS, PACKAGE,
        ModelOptions.DEFAULTS.withChannelNaming(ModelOptions.ChannelNaming.ID));
    ModelOptionsGolden.assertMatchesGolden("channel-names-id", files);
    ClassLoader loader = GeneratedCode.compile(files);

    String channels = files.get("com/example/streetlights/Channels.java");
    assertThat(channels).contains("public static Channel<LightMeasuredPayload> lightingMeasured(String streetlightId)")
        .contains("lightTurnOn(String streetlightId)").contains("lightTurnOff(String streetlightId)")
        .contains("lightsDim(String streetlightId)").doesNotContain("smartylighting(");
    Object channel = GeneratedCode.call(loader, PACKAGE + ".Channels", "lightingMeasured", "17");
    assertThat(GeneratedCode.get(channel, "name"))
        .isEqualTo("smartylighting.streetlights.1.0.event.17.lighting.measured");
    assertThat(GeneratedCode.call(loader, PACKAGE + ".Channels", "parse",
        "smartylighting.streetlights.1.0.event.17.lighting.measured")).isEqualTo(java.util.Optional.of(channel));
  }

  @Test
  void byDefaultTheyAreNamedAfterTheAddress() {
    String channels = ModelOptionsGolden.generate(ModelOptionsGolden.STREETLIGHTS, PACKAGE, ModelOptions.DEFAULTS)
        .get("com/example/streetlights/Channels.java");
    assertThat(channels).doesNotContain("lightingMeasured(");
  }

  @Test
  void twoXChannelsKeepTheAddressRule() throws IOException {
    Map<String, String> byAddress = ModelOptionsGolden.generate(java.nio.file.Path.of("../specs/appwrite-realtime.yaml"),
        "io.appwrite.realtime", ModelOptions.DEFAULTS);
    Map<String, String> withOption = ModelOptionsGolden.generate(java.nio.file.Path.of("../specs/appwrite-realtime.yaml"),
        "io.appwrite.realtime", ModelOptions.DEFAULTS.withChannelNaming(ModelOptions.ChannelNaming.ID));
    assertThat(withOption.get("io/appwrite/realtime/Channels.java"))
        .isEqualTo(byAddress.get("io/appwrite/realtime/Channels.java"));
  }

  @Test
  void idsThatMakeTheSameMethodNameAreNumberedAndParseStillReadsAddresses(@TempDir Path dir) throws Throwable {
    Map<String, String> files = ModelOptionsGolden.generate(Specs.write(dir.resolve("orders.yaml"), """
        asyncapi: 3.0.0
        info: {title: Orders, version: 1.0.0}
        channels:
          ordersCreated:
            address: orders/{id}/created
            parameters: {id: {}}
          orders-created:
            address: orders/{id}/new
            parameters: {id: {}}
          status:
            address: status
        """), "com.example.orders", ModelOptions.DEFAULTS.withChannelNaming(ModelOptions.ChannelNaming.ID));
    ClassLoader loader = GeneratedCode.compile(files);

    String channels = files.get("com/example/orders/Channels.java");
    assertThat(channels).contains("ordersCreated(String id)").contains("ordersCreated2(String id)")
        .contains("status()");
    Object second = GeneratedCode.call(loader, "com.example.orders.Channels", "ordersCreated2", "7");
    assertThat(GeneratedCode.get(second, "name")).isEqualTo("orders/7/new");
    assertThat(GeneratedCode.call(loader, "com.example.orders.Channels", "parse", "orders/7/new"))
        .isEqualTo(java.util.Optional.of(second));
  }
}
