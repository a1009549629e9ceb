package dev.asyncgen.mqtt;

/** The MQTT protocol version a client speaks. */
public enum MqttVersion {
    /** MQTT 3.1.1: no user properties (headers), no message expiry, content type, response topic or correlation data. */
    V3_1_1,
    /** MQTT 5: headers travel as user properties, and the publish properties are available. */
    V5
}
