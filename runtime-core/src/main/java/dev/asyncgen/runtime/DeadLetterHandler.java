package dev.asyncgen.runtime;

/**
 * Where a message goes that could not be handled, after it was reported. The default drops it (the report is all
 * that is left of it); a handler may publish it to a dead-letter topic or queue. Called on the delivering thread,
 * before the message is settled: the partition, topic or queue waits for it.
 */
@FunctionalInterface
public interface DeadLetterHandler {

    void deadLetter(DeadLetter letter) throws Exception;

    /** Drops the message: the {@code onError} report is all that is kept. */
    static DeadLetterHandler drop() {
        return letter -> {};
    }
}
