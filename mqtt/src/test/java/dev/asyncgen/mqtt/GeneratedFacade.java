package dev.asyncgen.mqtt;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.Role;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Generates a spec's code with the MQTT facade and compiles it strictly against this module, in memory: the tests
 * then load the generated types (generator-core cannot depend on this module, so this is where they meet).
 */
final class GeneratedFacade {
    private GeneratedFacade() {}

    static SourceGenerator.Sources generate(Path spec, String packageName, Role role) {
        return SourceGenerator.generate(ReadRequest.of(spec),
                GenerationOptions.forPackage(packageName).withBindings(BrokerProtocol.parse("mqtt")).withRole(role));
    }

    /** Compiles the files (and any extra sources) with every lint and doclint as errors; loads them on demand. */
    static ClassLoader compile(Map<String, String> files, Map<String, String> extra) throws URISyntaxException {
        List<JavaFileObject> sources = new ArrayList<>();
        files.forEach((path, text) -> sources.add(source(path, text)));
        extra.forEach((path, text) -> sources.add(source(path, text)));
        Compilation compilation = Compiler.javac()
                .withOptions("-Xlint:all", "-Werror", "-Xdoclint:all/private,-missing")
                .withClasspath(List.of(
                        jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
                        jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
                        jarOf(dev.asyncgen.runtime.ChannelPattern.class),
                        jarOf(MqttClient.class)))
                .compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return new ClassLoader(GeneratedFacade.class.getClassLoader()) {
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
                            } catch (java.io.IOException failed) {
                                throw new java.io.UncheckedIOException(failed);
                            }
                        })
                        .orElseThrow(() -> new ClassNotFoundException(name));
            }
        };
    }

    private static JavaFileObject source(String path, String text) {
        return JavaFileObjects.forSourceString(path.substring(0, path.length() - ".java".length()).replace('/', '.'), text);
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
