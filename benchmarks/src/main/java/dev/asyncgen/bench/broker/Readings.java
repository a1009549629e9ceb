package dev.asyncgen.bench.broker;

import dev.asyncgen.bench.readings.Reading;

/** The messages both clients send: message {@code i} as the generated record and as the JSON text it encodes to. */
final class Readings {
    private Readings() {
    }

    static Reading record(int i) {
        return new Reading("sensor-" + (i & 15), i, (i % 1000) / 4.0, "lx");
    }

    /** What a hand-written producer would write; {@link BrokerThroughput} checks it equals the codec's bytes. */
    static String json(int i) {
        return "{\"sensorId\":\"sensor-" + (i & 15) + "\",\"seq\":" + i + ",\"value\":" + (i % 1000) / 4.0
                + ",\"unit\":\"lx\"}";
    }
}
