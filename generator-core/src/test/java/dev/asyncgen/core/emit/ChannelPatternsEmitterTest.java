package dev.asyncgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.JavaPlan;
import dev.asyncgen.core.naming.JavaPlanner;
import dev.asyncgen.runtime.ChannelPattern;
import dev.asyncgen.testsupport.StrictCompilation;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The generated {@code ChannelPatterns}: compiled without a warning against the runtime, and what it returns. */
class ChannelPatternsEmitterTest {
  private static final Path LIGHTS = Path.of("src/test/resources/specs/bindings/lights-v3.yaml");

  @Test
  void eachChannelWithParametersHasATypedPatternThatFillsItsWildcards() throws Exception {
    JavaPlan planned = JavaPlanner.plan(SpecReader.read(ReadRequest.of(LIGHTS)).api(),
        GenerationOptions.forPackage("lights").withBindings(BrokerProtocol.parse("kafka")), new Diagnostics());
    // The facades are each protocol's own; the patterns class is shared, and tested alone here.
    JavaPlan patternsOnly = new JavaPlan(planned.packageName(), planned.types(), planned.channels(), planned.support(),
        null, planned.requestReply(), planned.channelPatterns(), List.of());
    SortedMap<String, String> files = JavaSources.render(patternsOnly, "lights-v3.yaml");
    assertThat(files).containsKey("lights/ChannelPatterns.java");

    ClassLoader loader = StrictCompilation.compileAndLoad(files, List.of(
        StrictCompilation.jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
        StrictCompilation.jarOf(ChannelPattern.class)), getClass().getClassLoader());

    Class<?> patterns = loader.loadClass("lights.ChannelPatterns");
    ChannelPattern<?> measured = (ChannelPattern<?>) patterns.getMethod("lightsMeasured").invoke(null);
    assertThat(measured.template()).isEqualTo("lights.{lightId}.measured");
    assertThat(measured.payloadType().getName()).isEqualTo("lights.MeasuredPayload");
    assertThat(measured.parameters()).containsExactly("lightId");
    assertThat(measured.fill(parameter -> "*")).isEqualTo("lights.*.measured");
    assertThat(patterns.getMethods()).extracting(java.lang.reflect.Method::getName)
        .contains("lightsMeasured", "lightsOn").doesNotContain("lightsStatus");
  }
}
