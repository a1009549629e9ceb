package dev.asyncgen.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.security.JaasContext;
import org.apache.kafka.common.config.types.Password;
import org.junit.jupiter.api.Test;

class KafkaSecurityTest {

    @Test
    void scramOverTlsWithAHostilePasswordParsesBackToTheSamePassword() {
        KafkaSecurity security = new KafkaSecurity();
        security.sasl(KafkaSecurity.Mechanism.SCRAM_SHA_512, "ann", "p\"a\\ss;word=");
        security.trustStore(Path.of("/etc/kafka/trust.p12"), "trust-secret");

        Map<String, Object> properties = security.properties();

        assertThat(properties).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.type", "PKCS12")
                .containsEntry("ssl.truststore.password", "trust-secret");
        var entry = JaasContext.loadClientContext(Map.of("sasl.jaas.config",
                new Password((String) properties.get("sasl.jaas.config")))).configurationEntries().get(0);
        assertThat(entry.getLoginModuleName()).isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule");
        Map<String, Object> options = Map.copyOf(entry.getOptions());
        assertThat(options).containsEntry("username", "ann").containsEntry("password", "p\"a\\ss;word=");
    }

    @Test
    void mutualTlsAndPlainTextProtocols() {
        KafkaSecurity tls = new KafkaSecurity();
        tls.keyStore(Path.of("client.jks"), "key-secret");
        assertThat(tls.properties()).containsEntry("security.protocol", "SSL").containsEntry("ssl.keystore.type", "JKS")
                .containsEntry("ssl.keystore.password", "key-secret").containsEntry("ssl.key.password", "key-secret");

        KafkaSecurity plain = new KafkaSecurity();
        plain.sasl(KafkaSecurity.Mechanism.PLAIN, "bob", "pw");
        assertThat(plain.properties()).containsEntry("security.protocol", "SASL_PLAINTEXT").containsEntry("sasl.mechanism", "PLAIN");
        assertThat(new KafkaSecurity().properties()).containsExactly(Map.entry("security.protocol", "PLAINTEXT"));
    }

    @Test
    void noSecretInTheClientsText() {
        KafkaClient client = KafkaClient.builder().bootstrapServers("127.0.0.1:1").clientId("c").groupId("g")
                .saslScramSha256("ann", "very-secret-1").keyStore(Path.of("k.p12"), "very-secret-2")
                .trustStore(Path.of("t.p12"), "very-secret-3").build();
        try {
            assertThat(client.toString()).doesNotContain("very-secret")
                    .isEqualTo("KafkaClient[127.0.0.1:1, client c, group g, SASL SCRAM-SHA-256 as ann, TLS,"
                            + " trust store t.p12, key store k.p12]");
        } finally {
            client.close();
        }
    }

    @Test
    void theRawPropertyEscapeHatchRefusesUnknownNamesAndWhatTheGuaranteesRestOn() {
        KafkaClient.Builder builder = KafkaClient.builder();
        assertThatThrownBy(() -> builder.property("acks", "1"))
                .hasMessageStartingWith("the Kafka property acks is set by the client itself");
        assertThatThrownBy(() -> builder.property("linger.msec", 5))
                .hasMessage("no Kafka producer, consumer or admin client knows the property linger.msec");
        assertThat(builder.property("linger.ms", 5)).isSameAs(builder);
        assertThatThrownBy(() -> KafkaSecurityTest.empty()).hasMessage("the password must not be empty");
    }

    private static void empty() {
        new KafkaSecurity().sasl(KafkaSecurity.Mechanism.PLAIN, "u", "");
    }
}
