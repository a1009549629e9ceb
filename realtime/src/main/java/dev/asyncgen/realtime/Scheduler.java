package dev.asyncgen.realtime;

import java.time.Duration;

/**
 * The client's clock and timers (heartbeat, watchdog, backoff, debounce). The default runs on the client's own
 * engine thread and {@link System#nanoTime()}; tests pass a manual one so they never sleep.
 * Tasks may run on any thread: the client hands them over to its engine thread itself.
 */
public interface Scheduler {

    /** A monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Runs {@code task} once after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task. */
    @FunctionalInterface
    interface Cancellable {
        /** Cancels the task if it has not started; harmless otherwise. */
        void cancel();
    }
}
