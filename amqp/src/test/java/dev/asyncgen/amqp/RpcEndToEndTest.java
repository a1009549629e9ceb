package dev.asyncgen.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.Role;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AMQP document of the AsyncAPI 2.x corpus, the RPC server example, generated in both roles: the server and a
 * client talk through Broker-J ({@code src/test/resources/e2e/Rpc.java.txt}). Skipped when the corpus (fetched by
 * {@code .ci/run}) is absent.
 */
class RpcEndToEndTest {
    private static QpidBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = QpidBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theServerAnswersTheClientOnItsOwnQueue(@TempDir Path out, @TempDir Path classes) throws Exception {
        Path document = Path.of(System.getProperty("user.home"),
                ".cache/asyncgen/asyncapi-corpus/asyncapi-cli@0.59.1/assets/examples/rpc-server.yml");
        assumeTrue(Files.isRegularFile(document), "the AsyncAPI corpus is absent (" + document + "); .ci/run fetches it");
        for (Role role : Role.values()) {
            String pkg = role == Role.CLIENT ? "rpc.client" : "rpc.app";
            SourceGenerator.Sources sources = SourceGenerator.generate(ReadRequest.of(document),
                    GenerationOptions.forPackage(pkg).withBindings(BrokerProtocol.parse("amqp")).withRole(role));
            for (Map.Entry<String, String> file : sources.files().entrySet()) {
                Path target = out.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            }
        }
        Files.writeString(out.resolve("rpc/Rpc.java"), Files.readString(Path.of("src/test/resources/e2e/Rpc.java.txt")));
        assertThat(GeneratedFacadeTest.compile(out, classes)).isEmpty();

        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                RpcEndToEndTest.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Callable<List<String>> run = (Callable<List<String>>) loader.loadClass("rpc.Rpc")
                    .getConstructor(URI.class).newInstance(broker.uri());
            assertThat(run.call()).containsExactly("result 7.0 on replies-1");
        }
    }
}
