package dev.asyncgen.core.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.JavaPlan;
import dev.asyncgen.core.naming.JavaPlanner;
import dev.asyncgen.runtime.ChannelPattern;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.tools.JavaFileObject;
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
        planned.decodedAsThemselves(), null, planned.requestReply(), planned.channelPatterns(), List.of());
    SortedMap<String, String> files = JavaSources.render(patternsOnly, "lights-v3.yaml");
    assertThat(files).containsKey("lights/ChannelPatterns.java");

    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all/private,-missing")
        .withClasspath(List.of(jarOf(com.fasterxml.jackson.annotation.JsonProperty.class), jarOf(ChannelPattern.class)))
        .compile(sources(files));
    assertThat(compilation).succeededWithoutWarnings();

    Class<?> patterns = new CompiledClasses(compilation).loadClass("lights.ChannelPatterns");
    ChannelPattern<?> measured = (ChannelPattern<?>) patterns.getMethod("lightsMeasured").invoke(null);
    assertThat(measured.template()).isEqualTo("lights.{lightId}.measured");
    assertThat(measured.payloadType().getName()).isEqualTo("lights.MeasuredPayload");
    assertThat(measured.parameters()).containsExactly("lightId");
    assertThat(measured.fill(parameter -> "*")).isEqualTo("lights.*.measured");
    assertThat(patterns.getMethods()).extracting(java.lang.reflect.Method::getName)
        .contains("lightsMeasured", "lightsOn").doesNotContain("lightsStatus");
  }

  private static List<JavaFileObject> sources(Map<String, String> files) {
    List<JavaFileObject> sources = new ArrayList<>();
    files.forEach((path, text) -> sources.add(JavaFileObjects.forSourceString(
        path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
    return sources;
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Loads the classes a compilation wrote. */
  private static final class CompiledClasses extends ClassLoader {
    private final Compilation compilation;

    CompiledClasses(Compilation compilation) {
      super(ChannelPatternsEmitterTest.class.getClassLoader());
      this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      String path = "/CLASS_OUTPUT/" + name.replace('.', '/') + ".class";
      return compilation.generatedFiles().stream()
          .filter(file -> file.toUri().getPath().endsWith(path))
          .findFirst()
          .map(file -> {
            try (var in = file.openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(name, bytes, 0, bytes.length);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .orElseThrow(() -> new ClassNotFoundException(name));
    }
  }
}
