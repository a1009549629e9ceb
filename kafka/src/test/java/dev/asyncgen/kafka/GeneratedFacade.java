package dev.asyncgen.kafka;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.BrokerProtocol;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.Role;
import dev.asyncgen.testsupport.StrictCompilation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Generates a spec's code with the Kafka facade and compiles it strictly against this module. */
final class GeneratedFacade {
    private GeneratedFacade() {}

    static SourceGenerator.Sources generate(Path spec, String packageName, Role role) {
        return SourceGenerator.generate(ReadRequest.of(spec),
                GenerationOptions.forPackage(packageName).withBindings(BrokerProtocol.parse("kafka")).withRole(role));
    }

    /** Compiles the files (and any extra sources) with every lint and doclint as errors; loads them on demand. */
    static ClassLoader compile(Map<String, String> files, Map<String, String> extra) {
        Map<String, String> all = new TreeMap<>(files);
        all.putAll(extra);
        return StrictCompilation.compileAndLoad(all, List.of(
                        StrictCompilation.jarOf(com.fasterxml.jackson.annotation.JsonProperty.class),
                        StrictCompilation.jarOf(dev.asyncgen.runtime.ChannelPattern.class),
                        StrictCompilation.jarOf(KafkaClient.class),
                        StrictCompilation.jarOf(org.apache.kafka.clients.producer.KafkaProducer.class)),
                GeneratedFacade.class.getClassLoader());
    }
}
