package dev.asyncgen.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated {@code Amqp} facades: the same as their golden files, free of compiler warnings under
 * {@code -Xlint:all}, and the binding findings as positioned warnings and errors. The facades of the shop specs
 * are generated at {@code generate-test-sources} (see the POM); after a deliberate change to them, update the
 * golden files with {@code mvn -pl amqp -am test -Dtest=GeneratedFacadeTest -Dasyncgen.updateGolden=true} and review
 * the diff.
 */
class GeneratedFacadeTest {
    static final Path GENERATED = Path.of("target/generated-test-sources/asyncgen");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final Path SPECS = Path.of("src/test/resources/specs");

    @ParameterizedTest
    @ValueSource(strings = {"v2-client", "v2-application", "v3-client", "v3-application"})
    void facadeMatchesItsGoldenFile(String run) throws IOException {
        String version = run.substring(0, 2);
        String role = run.substring(3);
        Path facade = GENERATED.resolve(run).resolve("shop").resolve(version).resolve(role).resolve("Amqp.java");
        Path golden = GOLDEN.resolve(run + "-Amqp.java");
        String generated = Files.readString(facade);
        if (Boolean.getBoolean("asyncgen.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, generated);
        }
        assertThat(generated).as(facade + " differs from " + golden
                + "; if the change is intended, run with -Dasyncgen.updateGolden=true").isEqualTo(Files.readString(golden));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v2-client", "v2-application", "v3-client", "v3-application"})
    void generatedCodeCompilesWithoutAnyLintWarning(String run, @TempDir Path classes) throws IOException {
        assertThat(compile(GENERATED.resolve(run), classes)).isEmpty();
    }

    @Test
    void theShopSpecsGiveNoWarning() {
        for (String spec : List.of("shop-v2.yaml", "shop-v3.yaml")) {
            for (Role role : Role.values()) {
                assertThat(generate(SPECS.resolve(spec), role).warnings()).as(spec + " " + role).isEmpty();
            }
        }
    }

    @Test
    void whatTheClientCannotHonourIsAPositionedWarningNamingIt() {
        List<String> warnings = generate(SPECS.resolve("warnings-v3.yaml"), Role.CLIENT).warnings().stream()
                .map(Diagnostic::toString).toList();

        String at = "src/test/resources/specs/warnings-v3.yaml:";
        assertThat(warnings).containsExactlyInAnyOrder(
                at + "6:3: warning: server 'broker': AMQP server binding field 'heartbeat' is not an AMQP 0-9-1"
                        + " binding field; it is ignored",
                at + "6:3: warning: server 'broker': protocolVersion '1.0.0' is not AMQP 0-9-1, the only version"
                        + " the Amqp facade speaks",
                at + "16:3: warning: channel 'prices': AMQP channel binding field 'lazy' is not an AMQP 0-9-1"
                        + " binding field; it is ignored",
                at + "16:3: warning: channel 'prices': AMQP message binding 'messageType' differs between the"
                        + " channel's messages [Quote, Trade]; a publisher cannot tell which message it sends, so it"
                        + " sets none",
                at + "16:3: warning: channel 'prices': AMQP exchange 'market' is a headers exchange: it routes by"
                        + " headers, and the routing key (the channel address) is ignored",
                at + "43:3: warning: channel 'orders': AMQP vhost 'backoffice' differs from 'trading', the one"
                        + " virtual host the Amqp client connects to",
                at + "71:7: warning: server 'broker': security scheme 'scram' of type 'scramSha256' has no Amqp"
                        + " builder setter (userPassword and X509 have); set it up through Amqp.Builder.client(...)");
    }

    @Test
    void valuesThatCannotWorkAreErrors() {
        assertThatThrownBy(() -> generate(SPECS.resolve("invalid-v3.yaml"), Role.CLIENT))
                .isInstanceOfSatisfying(SpecException.class, failed -> assertThat(failed.diagnostics())
                        .extracting(Diagnostic::toString)
                        .containsExactly(
                                "src/test/resources/specs/invalid-v3.yaml:10:3: error: channel 'orders': AMQP channel"
                                        + " binding 'is' is 'stream'; it must be 'queue' or 'routingKey'",
                                "src/test/resources/specs/invalid-v3.yaml:10:3: error: channel 'orders': AMQP"
                                        + " operation binding 'deliveryMode' must be an integer from 1 to 2, not 3",
                                "src/test/resources/specs/invalid-v3.yaml:10:3: error: channel 'orders': AMQP"
                                        + " operation binding 'priority' must be an integer from 0 to 255, not 300"));
    }

    @Test
    void expirationAndDeliveryModeBecomePublishOptions() {
        String facade = generate(SPECS.resolve("warnings-v3.yaml"), Role.CLIENT).files().get("w/Amqp.java");
        assertThat(facade).contains("PublishOptions.defaults().persistent(true).expiration(Duration.ofMillis(60000L))");
        assertThat(facade).contains("client.virtualHost(\"trading\")");
    }

    /** An AMQP document of the AsyncAPI 2.x corpus (fetched by .ci/run): generated and compiled without warnings. */
    @Test
    void corpusDocumentGeneratesAndCompiles(@TempDir Path out, @TempDir Path classes) throws IOException {
        Path corpus = Path.of(System.getProperty("user.home"), ".cache/asyncgen/asyncapi-corpus");
        Path document = corpus.resolve("asyncapi-cli@0.59.1/assets/examples/rpc-server.yml");
        assumeTrue(Files.isRegularFile(document), "the AsyncAPI corpus is absent (" + document
                + "); .ci/run fetches it");
        SourceGenerator.Sources sources = SourceGenerator.generate(ReadRequest.of(document),
                GenerationOptions.forPackage("corpus.rpc").withBindings(BrokerProtocol.parse("amqp")));
        for (Map.Entry<String, String> file : sources.files().entrySet()) {
            Path target = out.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
        assertThat(sources.files()).containsKey("corpus/rpc/Amqp.java");
        assertThat(compile(out, classes)).isEmpty();
    }

    private static SourceGenerator.Sources generate(Path spec, Role role) {
        return SourceGenerator.generate(ReadRequest.of(spec),
                GenerationOptions.forPackage("w").withBindings(BrokerProtocol.parse("amqp")).withRole(role));
    }

    /** Compiles every file under {@code sources} with -Xlint:all; returns the compiler's messages. */
    static List<String> compile(Path sources, Path classes) throws IOException {
        List<Path> files;
        try (Stream<Path> paths = Files.walk(sources)) {
            files = paths.filter(path -> path.toString().endsWith(".java")).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-Xlint:all", "--release", "17", "-proc:none", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean compiled = compiler.getTask(null, manager, diagnostics, options, null,
                    manager.getJavaFileObjectsFromPaths(files)).call();
            List<String> messages = new ArrayList<>();
            diagnostics.getDiagnostics().forEach(d -> messages.add(d.getKind() + " " + d));
            if (!compiled && messages.isEmpty()) {
                messages.add("compilation failed");
            }
            return messages;
        }
    }
}
