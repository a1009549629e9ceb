package dev.asyncgen.bench.broker;

/** One measured phase of one round: how many messages, in how long, and what the client's threads allocated. */
record Phase(int messages, long nanos, long allocatedBytes) {
    double perSecond() {
        return messages * 1e9 / nanos;
    }

    double bytesPerMessage() {
        return (double) allocatedBytes / messages;
    }
}
