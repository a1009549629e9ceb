package dev.asyncgen.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Virtual time: timers fire only when the test advances the clock, so no test sleeps for real. */
final class ManualScheduler implements Scheduler {

    private record Task(long dueNanos, long order, Duration delay, Runnable task) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private final List<Duration> history = new ArrayList<>();
    private long now = 1_000_000_000L;
    private long order;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Task scheduled = new Task(now + delay.toNanos(), order++, delay, task);
        tasks.add(scheduled);
        history.add(delay);
        notifyAll();
        return () -> {
            synchronized (this) {
                tasks.remove(scheduled);
            }
        };
    }

    /** Moves the clock forward, firing every timer due by then, in order. */
    void advance(Duration duration) {
        long target;
        synchronized (this) {
            target = now + duration.toNanos();
        }
        while (true) {
            Task next;
            synchronized (this) {
                next = tasks.stream()
                        .filter(task -> task.dueNanos() <= target)
                        .min(Comparator.comparingLong(Task::dueNanos).thenComparingLong(Task::order))
                        .orElse(null);
                if (next == null) {
                    now = target;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.dueNanos());
            }
            next.task().run();
        }
    }

    /**
     * Moves the clock to when the pending timer of {@code delay} is due, firing it and every timer due before it;
     * does nothing when no such timer is pending. For a timer the test cannot know the start of: a backoff after a
     * drop that the JDK reports at once (the timer may then have fired in an earlier advance) or only when a
     * heartbeat or the watchdog notices. Advancing a fixed amount instead could also fire the new attempt's watchdog.
     */
    void advanceToPending(Duration delay) {
        Duration untilDue;
        synchronized (this) {
            Task pending = tasks.stream().filter(task -> task.delay().equals(delay))
                    .min(Comparator.comparingLong(Task::dueNanos)).orElse(null);
            if (pending == null) {
                return;
            }
            untilDue = Duration.ofNanos(pending.dueNanos() - now);
        }
        advance(untilDue);
    }

    /**
     * Waits (at most 10 s) until timers of {@code delay} have been scheduled {@code count} times in all: the way a
     * test knows the client's engine has acted before it moves the clock.
     */
    synchronized void awaitScheduled(Duration delay, int count) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (history.stream().filter(delay::equals).count() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timer " + delay + " not scheduled " + count + " times; history " + history);
            }
            wait(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
    }
}
