package dev.asyncgen.mqtt;

import com.hivemq.client.mqtt.MqttClientBuilder;
import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientSslConfigBuilder;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;
import com.hivemq.client.mqtt.mqtt3.message.auth.Mqtt3SimpleAuth;
import com.hivemq.client.mqtt.mqtt3.message.auth.Mqtt3SimpleAuthBuilder;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuthBuilder;
import dev.asyncgen.runtime.Backoff;
import dev.asyncgen.runtime.ClientError;
import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Codec;
import dev.asyncgen.runtime.DeadLetterHandler;
import dev.asyncgen.runtime.JacksonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/** A client's settings, checked, and how they turn into a HiveMQ client. */
final class MqttSettings {
    private static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(60);
    private static final Duration DEFAULT_SESSION_EXPIRY = Duration.ofDays(1);

    private final Draft draft;
    private final boolean tls;
    private final String host;
    private final int port;
    private final boolean cleanSession;

    private MqttSettings(Draft draft, boolean tls, String host, int port, boolean cleanSession) {
        this.draft = draft;
        this.tls = tls;
        this.host = host;
        this.port = port;
        this.cleanSession = cleanSession;
    }

    MqttVersion version() {
        return draft.version;
    }

    boolean cleanSession() {
        return cleanSession;
    }

    Codec codec() {
        return draft.codec;
    }

    Backoff backoff() {
        return draft.backoff;
    }

    DeadLetterHandler deadLetters() {
        return draft.deadLetters;
    }

    Consumer<? super ClientError> onError() {
        return draft.onError;
    }

    Consumer<? super ClientState> onState() {
        return draft.onState;
    }

    Consumer<? super MqttClientBuilder> configure() {
        return draft.configure;
    }

    /** The broker as the failures name it: scheme, host and port, nothing else. */
    String server() {
        return (tls ? "mqtts" : "mqtt") + "://" + host + ":" + port;
    }

    String threadName() {
        return draft.clientId != null ? draft.clientId.replaceAll("[^A-Za-z0-9._-]", "_") : "anonymous";
    }

    /** HiveMQ's builder with address, identifier, TLS and this client's own threads. */
    MqttClientBuilder hiveBuilder(ClientThreads threads) {
        MqttClientBuilder builder = com.hivemq.client.mqtt.MqttClient.builder()
                .serverHost(host)
                .serverPort(port)
                .executorConfig()
                .nettyExecutor(threads.io())
                .nettyThreads(1)
                .applicationScheduler(threads.callbackScheduler())
                .applyExecutorConfig();
        // Without a clientId, one of our own: MQTT 3.1.1 brokers may refuse an empty one (Moquette does).
        builder.identifier(draft.clientId != null ? draft.clientId : "asyncgen-" + UUID.randomUUID());
        if (tls) {
            builder.sslConfig(sslConfig());
        }
        return builder;
    }

    /** The version's client, with credentials and last will. */
    Wire wire(MqttClientBuilder builder) {
        int keepAlive = (int) draft.keepAlive.toSeconds();
        if (draft.version == MqttVersion.V5) {
            Mqtt5ClientBuilder v5 = builder.useMqttVersion5();
            if (draft.username != null || draft.password != null) {
                Mqtt5SimpleAuthBuilder.Complete auth = draft.username != null
                        ? Mqtt5SimpleAuth.builder().username(draft.username)
                        : Mqtt5SimpleAuth.builder().password(utf8(draft.password));
                if (draft.username != null && draft.password != null) {
                    auth.password(utf8(draft.password));
                }
                v5.simpleAuth(auth.build());
            }
            if (draft.lastWill != null) {
                v5.willPublish()
                        .topic(draft.lastWill.topic())
                        .payload(draft.lastWill.payload())
                        .qos(MqttQos.fromCode(draft.lastWill.qos().level()))
                        .retain(draft.lastWill.retain())
                        .applyWillPublish();
            }
            long sessionExpiry = cleanSession ? 0 : draft.sessionExpiry.toSeconds();
            return new Mqtt5Wire(v5.buildAsync(), cleanSession, keepAlive, sessionExpiry);
        }
        Mqtt3ClientBuilder v3 = builder.useMqttVersion3();
        if (draft.username != null || draft.password != null) {
            if (draft.username == null) {
                throw new IllegalArgumentException("MQTT 3.1.1 sends a password only with a user name: set username(...)");
            }
            Mqtt3SimpleAuthBuilder.Complete auth = Mqtt3SimpleAuth.builder().username(draft.username);
            if (draft.password != null) {
                auth.password(utf8(draft.password));
            }
            v3.simpleAuth(auth.build());
        }
        if (draft.lastWill != null) {
            v3.willPublish()
                    .topic(draft.lastWill.topic())
                    .payload(draft.lastWill.payload())
                    .qos(MqttQos.fromCode(draft.lastWill.qos().level()))
                    .retain(draft.lastWill.retain())
                    .applyWillPublish();
        }
        return new Mqtt3Wire(v3.buildAsync(), cleanSession, keepAlive);
    }

    private MqttClientSslConfig sslConfig() {
        MqttClientSslConfigBuilder ssl = MqttClientSslConfig.builder();
        try {
            if (draft.trustStore != null) {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(draft.trustStore.load("trust store"));
                ssl.trustManagerFactory(trust);
            }
            if (draft.keyStore != null) {
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(draft.keyStore.load("key store"), draft.keyStore.password);
                ssl.keyManagerFactory(keys);
            }
        } catch (GeneralSecurityException unusable) {
            throw new IllegalArgumentException("the TLS key or trust store cannot be used: "
                    + unusable.getClass().getSimpleName(), unusable);
        }
        return ssl.build();
    }

    /** The default error listener: one WARNING line (never a secret or a message's bytes, see ClientError). */
    private static void logWarning(ClientError error) {
        System.getLogger("dev.asyncgen.mqtt").log(System.Logger.Level.WARNING, error.toString());
    }

    private static ByteBuffer utf8(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    }

    @Override
    public String toString() {
        return server() + ", " + draft;
    }

    /** A key or trust store file and its password (never printed). */
    static final class Store {
        private final Path file;
        private final char[] password;

        Store(Path file, char[] password) {
            this.file = Objects.requireNonNull(file, "file");
            this.password = Objects.requireNonNull(password, "password").clone();
        }

        KeyStore load(String what) throws GeneralSecurityException {
            try (InputStream in = Files.newInputStream(file)) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(in, password);
                return store;
            } catch (IOException unreadable) {
                // The JDK's message says what is wrong ("keystore password was incorrect"), never the password.
                throw new IllegalArgumentException("cannot read the TLS " + what + " " + file + ": "
                        + unreadable.getMessage(), unreadable);
            }
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    /** What the builder collected, before it is checked. */
    static final class Draft {
        URI uri;
        String clientId;
        Boolean cleanSession;
        Duration sessionExpiry = DEFAULT_SESSION_EXPIRY;
        Duration keepAlive = DEFAULT_KEEP_ALIVE;
        LastWill lastWill;
        MqttVersion version = MqttVersion.V5;
        Codec codec = JacksonCodec.standard();
        Consumer<? super ClientError> onError = MqttSettings::logWarning;
        Consumer<? super ClientState> onState = state -> {};
        DeadLetterHandler deadLetters = DeadLetterHandler.drop();
        Backoff backoff = Backoff.defaultBackoff();
        String username;
        char[] password;
        Store trustStore;
        Store keyStore;
        Consumer<? super MqttClientBuilder> configure = builder -> {};

        void uri(URI uri) {
            Objects.requireNonNull(uri, "uri");
            if (uri.getRawUserInfo() != null) {
                // Not echoed: it may hold a password.
                throw new IllegalArgumentException("the MQTT URI must not carry credentials: use username(...) and "
                        + "password(...)");
            }
            this.uri = uri;
        }

        void keepAlive(Duration keepAlive) {
            if (keepAlive.isNegative() || keepAlive.toSeconds() > 65_535) {
                throw new IllegalArgumentException("the MQTT keep-alive must be between 0 and 65535 seconds: "
                        + keepAlive);
            }
            this.keepAlive = keepAlive;
        }

        void sessionExpiry(Duration sessionExpiry) {
            if (sessionExpiry.isNegative() || sessionExpiry.toSeconds() > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("the MQTT session expiry must be between 0 and 4294967295 seconds: "
                        + sessionExpiry);
            }
            this.sessionExpiry = sessionExpiry;
        }

        MqttSettings settings() {
            if (uri == null) {
                throw new IllegalArgumentException("the MQTT client needs a uri (tcp://host:1883 or ssl://host:8883)");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean tls;
            switch (scheme) {
                case "tcp", "mqtt" -> tls = false;
                case "ssl", "mqtts", "tls", "secure-mqtt" -> tls = true;
                default -> throw new IllegalArgumentException("the MQTT uri " + uri + " has the scheme '" + scheme
                        + "': use tcp:// or mqtt:// (plain), ssl:// or mqtts:// (TLS)");
            }
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("the MQTT uri " + uri + " names no host");
            }
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
                throw new IllegalArgumentException("the MQTT uri " + uri + " has a path: MQTT over TCP has none "
                        + "(WebSocket: use configure(...))");
            }
            if (!tls && (trustStore != null || keyStore != null)) {
                throw new IllegalArgumentException("a TLS key or trust store was given, but the uri " + uri
                        + " is plain TCP: use ssl:// or mqtts://");
            }
            int port = uri.getPort() != -1 ? uri.getPort() : tls ? 8883 : 1883;
            boolean clean = cleanSession != null ? cleanSession : clientId == null;
            if (!clean && clientId == null) {
                throw new IllegalArgumentException("a persistent session (cleanSession false) needs a clientId: the "
                        + "broker finds the session by it");
            }
            return new MqttSettings(this, tls, uri.getHost(), port, clean);
        }

        /** Never shows a password. */
        @Override
        public String toString() {
            return "uri=" + uri + ", clientId=" + clientId + ", version=" + version
                    + (cleanSession != null ? ", cleanSession=" + cleanSession : "")
                    + ", keepAlive=" + keepAlive.toSeconds() + "s"
                    + (lastWill != null ? ", lastWill=" + lastWill : "")
                    + (username != null ? ", username=" + username : "")
                    + (password != null ? ", password=***" : "")
                    + (trustStore != null ? ", trustStore=" + trustStore : "")
                    + (keyStore != null ? ", keyStore=" + keyStore : "");
        }
    }

}
