package dev.asyncgen.mqtt;

import io.reactivex.Scheduler;
import io.reactivex.schedulers.Schedulers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one client owns, so that two clients share none and {@code close()} leaves none behind: Netty's
 * I/O, HiveMQ's callbacks (futures, listeners) and the deliveries to handlers (one thread: messages are handled in
 * the order they arrive, and a handler that blocks on a publish does not block the publish's completion).
 */
final class ClientThreads {
    private final ExecutorService io;
    private final ExecutorService callbacks;
    private final ExecutorService deliveries;
    private final Scheduler callbackScheduler;
    private final List<Thread> ioThreads = new CopyOnWriteArrayList<>();
    private final List<Thread> callbackThreads = new CopyOnWriteArrayList<>();
    private final List<Thread> deliveryThreads = new CopyOnWriteArrayList<>();
    private volatile Thread deliveryThread;

    ClientThreads(String name) {
        io = Executors.newCachedThreadPool(factory("asyncgen-mqtt-" + name + "-io", ioThreads));
        callbacks = Executors.newSingleThreadExecutor(factory("asyncgen-mqtt-" + name + "-callbacks", callbackThreads));
        ThreadFactory delivery = factory("asyncgen-mqtt-" + name + "-delivery", deliveryThreads);
        deliveries = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = delivery.newThread(runnable);
            deliveryThread = thread;
            return thread;
        });
        callbackScheduler = Schedulers.from(callbacks);
    }

    ExecutorService io() {
        return io;
    }

    Scheduler callbackScheduler() {
        return callbackScheduler;
    }

    ExecutorService deliveries() {
        return deliveries;
    }

    boolean onDeliveryThread() {
        return Thread.currentThread() == deliveryThread;
    }

    /**
     * Stops every thread, waiting up to about {@code millis} for each group; a running handler may finish. I/O
     * goes first: its last events still reach the callback thread, which would otherwise refuse them.
     *
     * @param awaitIo whether to wait for the I/O thread (false while HiveMQ holds it for a persistent session)
     */
    void shutdown(long millis, boolean awaitIo) {
        io.shutdown();
        if (awaitIo) {
            await(io, ioThreads, millis);
        }
        callbackScheduler.shutdown();
        callbacks.shutdown();
        await(callbacks, callbackThreads, millis);
        deliveries.shutdown();
        if (!onDeliveryThread()) { // close() called from a handler: its thread ends when the handler returns
            await(deliveries, deliveryThreads, millis);
        }
    }

    /**
     * Waits for the executor to terminate and then for its threads to end: a terminated pool's last worker is
     * still alive for a moment after {@code awaitTermination} returns, and {@code close()} promises none is left.
     */
    private static void await(ExecutorService executor, List<Thread> threads, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            if (!executor.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
            for (Thread thread : threads) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (thread != Thread.currentThread() && left > 0) {
                    thread.join(left);
                }
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory factory(String prefix, List<Thread> into) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            into.add(thread);
            return thread;
        };
    }
}
