package dev.asyncgen.bench.broker;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Bytes allocated by chosen threads of this JVM ({@code ThreadMXBean.getThreadAllocatedBytes}): the client's
 * threads only, never the broker's, which runs in the same JVM.
 */
final class ThreadAllocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long[] ids;

    private ThreadAllocation(long[] ids) {
        this.ids = ids;
    }

    /** The calling thread and every live thread whose name {@code counted} accepts (looked up once, here). */
    static ThreadAllocation callerAnd(Predicate<String> counted) {
        long[] others = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread != Thread.currentThread() && counted.test(thread.getName()))
                .mapToLong(Thread::getId)
                .toArray();
        long[] ids = Arrays.copyOf(others, others.length + 1);
        ids[others.length] = Thread.currentThread().getId();
        return new ThreadAllocation(ids);
    }

    /** Bytes allocated so far by the threads (a thread that ended since counts nothing). */
    long bytes() {
        long sum = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(ids)) {
            sum += Math.max(bytes, 0);
        }
        return sum;
    }

    /** Bytes allocated so far by the calling thread. */
    static long current() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
