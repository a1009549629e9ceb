package dev.asyncgen.core.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokerPlannerTest {
  private static final Path LIGHTS = Path.of("src/test/resources/specs/bindings/lights-v3.yaml");

  private static JavaPlan plan(GenerationOptions options, Diagnostics diagnostics) {
    SpecReader.Result read = SpecReader.read(ReadRequest.of(LIGHTS));
    return JavaPlanner.plan(read.api(), options, diagnostics);
  }

  private static BrokerPlan kafka(Role role) {
    JavaPlan plan = plan(GenerationOptions.forPackage("lights").withBindings(BrokerProtocol.parse("kafka"))
        .withRole(role), new Diagnostics());
    assertThat(plan.brokers()).extracting(BrokerPlan::protocol).containsExactly(BrokerProtocol.KAFKA);
    return plan.brokers().get(0);
  }

  @Test
  void theClientPublishesWhatTheApplicationReceivesAndSubscribesToWhatItSends() {
    BrokerPlan client = kafka(Role.CLIENT);

    assertThat(client.facade()).isEqualTo(ClassName.get("lights", "Kafka"));
    assertThat(client.channels()).extracting(BrokerPlan.BrokerChannel::id, BrokerPlan.BrokerChannel::publish,
            BrokerPlan.BrokerChannel::subscribe)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("measured", true, false),
            org.assertj.core.groups.Tuple.tuple("turnOn", false, true));
    BrokerPlan application = kafka(Role.APPLICATION);
    assertThat(application.channels()).extracting(BrokerPlan.BrokerChannel::publish)
        .containsExactly(false, true);
  }

  @Test
  void aChannelCarriesItsAddressTypesPatternAndOnlyTheProtocolsBindings() {
    BrokerPlan.BrokerChannel measured = kafka(Role.CLIENT).channels().get(0);

    assertThat(measured.template()).isEqualTo("lights.{lightId}.measured");
    assertThat(measured.parameters()).containsExactly("lightId");
    assertThat("lights.7.measured").matches(measured.regex());
    assertThat(measured.payloadType()).isEqualTo(ClassName.get("lights", "MeasuredPayload"));
    assertThat(measured.headersType()).isEqualTo(ClassName.get("lights", "MeasuredHeaders"));
    assertThat(measured.patternMethod()).isEqualTo("lightsMeasured");
    assertThat(measured.channelBindings()).containsOnlyKeys("partitions");
    assertThat(measured.channelBindings().get("partitions")).hasToString("3");
    assertThat(measured.publishBindings()).containsOnlyKeys("groupId");
    assertThat(measured.subscribeBindings()).isEmpty();
    assertThat(measured.messageBindings()).containsOnlyKeys("measured");
  }

  @Test
  void theServersSpeakingTheProtocolComeWithTheirBindingsAndSecuritySchemes() {
    List<BrokerPlan.BrokerServer> servers = kafka(Role.CLIENT).servers();

    assertThat(servers).singleElement().satisfies(server -> {
      assertThat(server.name()).isEqualTo("local-kafka");
      assertThat(server.defaultAddress()).isEqualTo("kafka://localhost:9092");
      assertThat(server.bindings()).containsOnlyKeys("schemaRegistryUrl");
      assertThat(server.security()).singleElement().satisfies(scheme -> {
        assertThat(scheme.name()).isEqualTo("scram");
        assertThat(scheme.type()).isEqualTo("scramSha256");
        assertThat(scheme.description()).isEqualTo("SCRAM over TLS");
      });
    });
  }

  @Test
  void autoTakesEveryProtocolTheServersNameAndASchemaNamedLikeAFacadeYields() {
    Diagnostics diagnostics = new Diagnostics();
    JavaPlan plan = plan(GenerationOptions.forPackage("lights").withBindings(BrokerProtocol.Selection.AUTO),
        diagnostics);

    assertThat(plan.brokers()).extracting(BrokerPlan::protocol)
        .containsExactly(BrokerProtocol.KAFKA, BrokerProtocol.MQTT);
    assertThat(plan.channelPatterns().patterns()).extracting(ChannelPatternsPlan.Pattern::method)
        .containsExactly("lightsMeasured", "lightsOn");
    assertThat(plan.types()).extracting(type -> type.name().simpleName()).contains("Kafka2")
        .doesNotContain("Kafka");
    assertThat(diagnostics.warnings()).extracting(Diagnostic::message)
        .anyMatch(message -> message.contains("'Kafka'") && message.contains("Kafka2"));
  }

  @Test
  void withoutBindingsNothingIsPlannedAndNoSchemaIsRenamed() {
    JavaPlan plan = plan(GenerationOptions.forPackage("lights"), new Diagnostics());

    assertThat(plan.brokers()).isEmpty();
    assertThat(plan.channelPatterns()).isNull();
    assertThat(plan.types()).extracting(type -> type.name().simpleName()).contains("Kafka");
  }

  @Test
  void bindingsAndRolesAreReadAsTheCommandLineWritesThem() {
    assertThat(BrokerProtocol.parse(" MQTT , kafka").protocols())
        .containsExactly(BrokerProtocol.KAFKA, BrokerProtocol.MQTT);
    assertThat(BrokerProtocol.parse("auto").auto()).isTrue();
    assertThat(BrokerProtocol.parse("none").isNone()).isTrue();
    assertThat(BrokerProtocol.parse("").isNone()).isTrue();
    assertThatThrownBy(() -> BrokerProtocol.parse("kafka,ws"))
        .hasMessageStartingWith("'ws' is not a binding asyncgen generates;");
    assertThatThrownBy(() -> BrokerProtocol.parse("kafka,,mqtt"))
        .hasMessageStartingWith("'' is not a binding asyncgen generates;");
    assertThat(Role.named("Application")).isEqualTo(Role.APPLICATION);
    assertThatThrownBy(() -> Role.named("server")).hasMessage("'server' is not one of client, application");
  }
}
