package dev.asyncgen.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Collects what a client reports, with bounded waits. */
final class Recorder<T> {

    private final BlockingQueue<T> queue = new LinkedBlockingQueue<>();
    private final List<T> seen = new ArrayList<>();

    void add(T value) {
        queue.add(value);
    }

    /** Waits (at most 10 s) for the next value that matches, keeping the ones skipped in {@link #seen()}. */
    T await(Predicate<? super T> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ScriptedAppwriteServer.TIMEOUT_SECONDS);
        while (true) {
            T value = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (value == null) {
                throw new AssertionError("nothing matching within 10 s; seen " + seen);
            }
            synchronized (seen) {
                seen.add(value);
            }
            if (wanted.test(value)) {
                return value;
            }
        }
    }

    T next() throws InterruptedException {
        return await(value -> true);
    }

    List<T> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** Everything received so far without waiting. */
    List<T> drain() {
        List<T> values = new ArrayList<>();
        queue.drainTo(values);
        synchronized (seen) {
            seen.addAll(values);
        }
        return values;
    }
}
