package dev.asyncgen.realtime;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one thread that runs user code (handlers, gap, state and error callbacks), in the order the engine hands
 * them over. Events count against a bounded capacity so a slow handler cannot exhaust memory; state changes and
 * gap notices are never dropped; error reports beyond a bound are (they describe a flood already reported).
 */
final class CallbackDispatcher {

    private static final int MAX_PENDING_ERRORS = 1024;
    private static final Runnable STOP = () -> { };

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger pendingEvents = new AtomicInteger();
    private final AtomicInteger pendingErrors = new AtomicInteger();
    private final int eventCapacity;
    private final Consumer<? super RealtimeError> onError;
    private final Thread thread;
    private volatile boolean stopped;

    CallbackDispatcher(String threadName, int eventCapacity, Consumer<? super RealtimeError> onError) {
        this.eventCapacity = eventCapacity;
        this.onError = onError;
        this.thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues an event delivery; false when the queue already holds its capacity of events (nothing queued). */
    boolean offerEvent(Runnable delivery) {
        if (pendingEvents.incrementAndGet() > eventCapacity) {
            pendingEvents.decrementAndGet();
            return false;
        }
        queue.add(() -> {
            pendingEvents.decrementAndGet();
            delivery.run();
        });
        return true;
    }

    /** Events queued and not yet handed to their handler. */
    int queuedEvents() {
        return pendingEvents.get();
    }

    /** Queues a notice (state change, gap) that is never dropped. */
    void notice(Runnable notice) {
        queue.add(notice);
    }

    void error(RealtimeError error) {
        if (pendingErrors.incrementAndGet() > MAX_PENDING_ERRORS) {
            pendingErrors.decrementAndGet();
            return;
        }
        queue.add(() -> {
            pendingErrors.decrementAndGet();
            reportSafely(error);
        });
    }

    /** Runs everything already queued, then ends the thread. */
    void shutdown() {
        queue.add(STOP);
    }

    /** Interrupts the callback running now and runs nothing more. */
    void stopNow() {
        stopped = true;
        thread.interrupt();
    }

    boolean isDispatcherThread() {
        return Thread.currentThread() == thread;
    }

    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        thread.join(unit.toMillis(timeout));
        return !thread.isAlive();
    }

    private void run() {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP || stopped) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                reportSafely(new RealtimeError(RealtimeError.Kind.HANDLER_FAILED, "callback threw " + e, e));
            }
        }
    }

    private void reportSafely(RealtimeError error) {
        try {
            onError.accept(error);
        } catch (RuntimeException e) {
            // The error handler itself failed: nowhere left to report it, and it must not end the thread.
        }
    }
}
