package dev.asyncgen.mqtt;

import com.hivemq.client.mqtt.exceptions.ConnectionClosedException;
import com.hivemq.client.mqtt.exceptions.ConnectionFailedException;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5DisconnectException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.disconnect.Mqtt5DisconnectReasonCode;
import dev.asyncgen.runtime.Failure;
import java.util.Set;

/** Turns what HiveMQ reports about a lost or refused connection into a {@link Failure}, terminal or not. */
final class ConnectionFailures {
    /** Refusals that the same CONNECT would get again: reconnecting cannot help. */
    private static final Set<Mqtt5ConnAckReasonCode> TERMINAL_5 = Set.of(
            Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD,
            Mqtt5ConnAckReasonCode.NOT_AUTHORIZED,
            Mqtt5ConnAckReasonCode.BANNED,
            Mqtt5ConnAckReasonCode.BAD_AUTHENTICATION_METHOD,
            Mqtt5ConnAckReasonCode.UNSUPPORTED_PROTOCOL_VERSION,
            Mqtt5ConnAckReasonCode.CLIENT_IDENTIFIER_NOT_VALID);
    private static final Set<Mqtt3ConnAckReturnCode> TERMINAL_3 = Set.of(
            Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD,
            Mqtt3ConnAckReturnCode.NOT_AUTHORIZED,
            Mqtt3ConnAckReturnCode.UNSUPPORTED_PROTOCOL_VERSION,
            Mqtt3ConnAckReturnCode.IDENTIFIER_REJECTED);

    private ConnectionFailures() {}

    static Failure of(Throwable cause, String server) {
        if (cause instanceof Mqtt5ConnAckException refused) {
            Mqtt5ConnAckReasonCode code = refused.getMqttMessage().getReasonCode();
            return new Failure(kind(code.name()), server + " refused the connection: " + code,
                    TERMINAL_5.contains(code), cause);
        }
        if (cause instanceof Mqtt3ConnAckException refused) {
            Mqtt3ConnAckReturnCode code = refused.getMqttMessage().getReturnCode();
            return new Failure(kind(code.name()), server + " refused the connection: " + code,
                    TERMINAL_3.contains(code), cause);
        }
        if (cause instanceof Mqtt5DisconnectException disconnected) {
            Mqtt5DisconnectReasonCode code = disconnected.getMqttMessage().getReasonCode();
            // Another client took over this clientId's session: reconnecting would take it back, forever.
            boolean takenOver = code == Mqtt5DisconnectReasonCode.SESSION_TAKEN_OVER;
            return new Failure(takenOver ? Failure.Kind.CONFIGURATION : Failure.Kind.SERVER,
                    server + " disconnected: " + code
                            + (takenOver ? " (another client connected with the same clientId)" : ""),
                    takenOver, cause);
        }
        if (cause instanceof ConnectionFailedException) {
            return new Failure(Failure.Kind.TRANSPORT, "cannot connect to " + server + ": " + describe(cause), false,
                    cause);
        }
        if (cause instanceof ConnectionClosedException) {
            return new Failure(Failure.Kind.TRANSPORT, "the connection to " + server + " was lost: "
                    + describe(cause), false, cause);
        }
        return new Failure(Failure.Kind.PROTOCOL, "the connection to " + server + " ended: " + describe(cause), false,
                cause);
    }

    private static Failure.Kind kind(String code) {
        return code.contains("USER_NAME_OR_PASSWORD") || code.contains("AUTHENTICATION")
                ? Failure.Kind.AUTHENTICATION
                : code.equals("NOT_AUTHORIZED") || code.equals("BANNED")
                        ? Failure.Kind.AUTHORIZATION
                        : code.startsWith("SERVER") ? Failure.Kind.SERVER : Failure.Kind.PROTOCOL;
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return root == cause || root.getMessage() == null
                ? text
                : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
