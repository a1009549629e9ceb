package dev.asyncgen.kafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The security settings of one client: SASL (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512) and TLS (with a trust store, and
 * a key store for mutual TLS). Secrets come only from the caller and leave only as client properties, which Kafka
 * itself logs as {@code [hidden]}; {@link #toString()} names the mechanism and store paths, never a password.
 */
final class KafkaSecurity {
    /** A SASL mechanism this client can configure with a username and password. */
    enum Mechanism {
        PLAIN("PLAIN", "org.apache.kafka.common.security.plain.PlainLoginModule"),
        SCRAM_SHA_256("SCRAM-SHA-256", "org.apache.kafka.common.security.scram.ScramLoginModule"),
        SCRAM_SHA_512("SCRAM-SHA-512", "org.apache.kafka.common.security.scram.ScramLoginModule");

        final String kafkaName;
        final String loginModule;

        Mechanism(String kafkaName, String loginModule) {
            this.kafkaName = kafkaName;
            this.loginModule = loginModule;
        }
    }

    private Mechanism mechanism;
    private String username;
    private String password;
    private boolean tls;
    private Path trustStore;
    private String trustStorePassword;
    private Path keyStore;
    private String keyStorePassword;

    void sasl(Mechanism mechanism, String username, String password) {
        this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
        this.username = requireText(username, "username");
        this.password = requireText(password, "password");
    }

    void copyFrom(KafkaSecurity other) {
        mechanism = other.mechanism;
        username = other.username;
        password = other.password;
        tls = other.tls;
        trustStore = other.trustStore;
        trustStorePassword = other.trustStorePassword;
        keyStore = other.keyStore;
        keyStorePassword = other.keyStorePassword;
    }

    void tls() {
        tls = true;
    }

    void trustStore(Path path, String password) {
        tls = true;
        trustStore = Objects.requireNonNull(path, "trust store path");
        trustStorePassword = password;
    }

    void keyStore(Path path, String password) {
        tls = true;
        keyStore = Objects.requireNonNull(path, "key store path");
        keyStorePassword = requireText(password, "key store password");
    }

    /** The client properties: {@code security.protocol} and what the chosen protocol needs. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        String protocol = mechanism != null ? (tls ? "SASL_SSL" : "SASL_PLAINTEXT") : (tls ? "SSL" : "PLAINTEXT");
        properties.put("security.protocol", protocol);
        if (mechanism != null) {
            properties.put("sasl.mechanism", mechanism.kafkaName);
            properties.put("sasl.jaas.config", mechanism.loginModule + " required username=\"" + jaasEscaped(username)
                    + "\" password=\"" + jaasEscaped(password) + "\";");
        }
        if (trustStore != null) {
            properties.put("ssl.truststore.location", trustStore.toString());
            properties.put("ssl.truststore.type", storeType(trustStore));
            if (trustStorePassword != null) {
                properties.put("ssl.truststore.password", trustStorePassword);
            }
        }
        if (keyStore != null) {
            properties.put("ssl.keystore.location", keyStore.toString());
            properties.put("ssl.keystore.type", storeType(keyStore));
            properties.put("ssl.keystore.password", keyStorePassword);
            properties.put("ssl.key.password", keyStorePassword);
        }
        return properties;
    }

    /** PKCS12 unless the file says JKS: the JDK's default store type since 9. */
    private static String storeType(Path store) {
        String name = store.getFileName() == null ? "" : store.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jks") ? "JKS" : "PKCS12";
    }

    /** Kafka reads the JAAS value as a quoted string with backslash escapes. */
    private static String jaasEscaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
        return value;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(mechanism != null ? "SASL " + mechanism.kafkaName + " as " + username : "no SASL");
        text.append(tls ? ", TLS" : ", no TLS");
        if (trustStore != null) {
            text.append(", trust store ").append(trustStore);
        }
        if (keyStore != null) {
            text.append(", key store ").append(keyStore);
        }
        return text.toString();
    }
}
