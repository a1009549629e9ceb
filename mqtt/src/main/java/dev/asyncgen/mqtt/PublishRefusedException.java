package dev.asyncgen.mqtt;

/** The broker did not accept a publish (an MQTT 5 PUBACK or PUBREC with an error reason, say). */
public final class PublishRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PublishRefusedException(String topic, Throwable cause) {
        super("the broker refused the message for " + Topics.quote(topic) + ": " + cause.getMessage(), cause);
    }
}
