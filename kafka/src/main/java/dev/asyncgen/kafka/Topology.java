package dev.asyncgen.kafka;

import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.Failure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a client declares, once per topic and client. A topic that exists already is left as it is;
 * a creation the broker refuses (too many replicas, a bad configuration value) is reported as a configuration
 * failure, and publishing and consuming go on (the broker may create the topic itself, or the next start may).
 */
final class Topology {
    private final Admin admin;
    private final Consumer<? super ClientError> errors;
    private final Map<String, CompletableFuture<Void>> declared = new ConcurrentHashMap<>();

    Topology(Admin admin, Consumer<? super ClientError> errors) {
        this.admin = admin;
        this.errors = errors;
    }

    /** Completes when {@code topic} exists or its creation failed (and was reported); never exceptionally. */
    CompletableFuture<Void> declare(String topic, TopicSpec spec) {
        return declared.computeIfAbsent(topic, name -> create(name, spec));
    }

    private CompletableFuture<Void> create(String topic, TopicSpec spec) {
        NewTopic newTopic = new NewTopic(topic, spec.partitions(), spec.replicas()).configs(spec.configuration());
        CompletableFuture<Void> created = new CompletableFuture<>();
        admin.createTopics(List.of(newTopic)).all().whenComplete((done, failed) -> {
            Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
            if (cause != null && !(cause instanceof TopicExistsException)) {
                try {
                    errors.accept(new Failure(Failure.Kind.CONFIGURATION,
                            "topic " + topic + " could not be created: " + cause.getMessage(), false, cause));
                } catch (RuntimeException ignored) {
                    // A listener that throws changes nothing here.
                }
            }
            created.complete(null);
        });
        return created;
    }
}
