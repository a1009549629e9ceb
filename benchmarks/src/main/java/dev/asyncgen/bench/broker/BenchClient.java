package dev.asyncgen.bench.broker;

/** One of the two clients measured: produces a round's messages to a topic, then consumes them from it. */
interface BenchClient extends AutoCloseable {
    /** The client's name in the report. */
    String name();

    /**
     * Sends messages 0 to {@code messages - 1} to {@code readings.<run>}; the clock starts once message 0 is
     * acknowledged (metadata and producer id known) and stops when the last one is.
     */
    Phase produce(String run, int messages) throws Exception;

    /** Reads the round's messages from the start; the clock runs from the first message handled to the last. */
    Phase consume(String run, int messages) throws Exception;

    @Override
    void close();
}
