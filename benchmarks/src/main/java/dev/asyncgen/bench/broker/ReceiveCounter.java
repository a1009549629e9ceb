package dev.asyncgen.bench.broker;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Counts what a subscription's handler receives, on the consumer's thread: the time and the thread's allocation
 * from the first message to the last, and a checksum of what arrived.
 */
final class ReceiveCounter {
    private final int expected;
    private final CountDownLatch done = new CountDownLatch(1);
    private int count;
    private long checksum;
    private long firstNanos;
    private long firstAllocated;
    private volatile Phase phase;

    ReceiveCounter(int expected) {
        this.expected = expected;
    }

    /** Called by the handler for each message, with a number the client can check afterwards. */
    void received(long value) {
        if (count == 0) {
            firstNanos = System.nanoTime();
            firstAllocated = ThreadAllocation.current();
        }
        checksum += value;
        if (++count == expected) {
            phase = new Phase(expected - 1, System.nanoTime() - firstNanos, ThreadAllocation.current() - firstAllocated);
            done.countDown();
        }
    }

    /** The phase once every message arrived; checks the checksum. */
    Phase await(long expectedChecksum) throws InterruptedException {
        if (!done.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("received " + count + " of " + expected + " messages in 2 minutes");
        }
        if (checksum != expectedChecksum) {
            throw new IllegalStateException("checksum " + checksum + " received, " + expectedChecksum + " sent");
        }
        return phase;
    }
}
