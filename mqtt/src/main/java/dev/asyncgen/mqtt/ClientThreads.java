package dev.asyncgen.mqtt;

import io.reactivex.Scheduler;
import io.reactivex.schedulers.Schedulers;
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
    private volatile Thread deliveryThread;

    ClientThreads(String name) {
        io = Executors.newCachedThreadPool(factory("asyncgen-mqtt-" + name + "-io"));
        callbacks = Executors.newSingleThreadExecutor(factory("asyncgen-mqtt-" + name + "-callbacks"));
        deliveries = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = factory("asyncgen-mqtt-" + name + "-delivery").newThread(runnable);
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
            await(io, millis);
        }
        callbackScheduler.shutdown();
        callbacks.shutdown();
        await(callbacks, millis);
        deliveries.shutdown();
        if (!onDeliveryThread()) { // close() called from a handler: its thread ends when the handler returns
            await(deliveries, millis);
        }
    }

    private static void await(ExecutorService executor, long millis) {
        try {
            if (!executor.awaitTermination(millis, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory factory(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
