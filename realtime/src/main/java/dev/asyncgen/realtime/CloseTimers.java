package dev.asyncgen.realtime;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Aborts a socket whose peer has not answered the client's Close in time ({@link Connection#CLOSE_TIMEOUT}). While the
 * client runs the timers are on its {@link Scheduler}, so that tests drive them like every other timer; when it ends
 * its scheduler stops with it, so the timers still pending move to real time, on the JDK's shared delay thread.
 */
final class CloseTimers {

    private final Scheduler scheduler;
    private final Duration timeout;
    private final Map<WebSocket, Scheduler.Cancellable> pending = new ConcurrentHashMap<>();
    private volatile boolean onRealTime;

    CloseTimers(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeout = timeout;
    }

    /** Starts the timer of a socket the client has just sent a Close on. */
    void start(WebSocket closing) {
        if (onRealTime) {
            onRealTime(closing);
            return;
        }
        pending.put(closing, scheduler.schedule(timeout, () -> {
            pending.remove(closing);
            abortUnlessAnswered(closing);
        }));
        if (onRealTime) {
            moveToRealTime(); // the client ended meanwhile, and its scheduler may have refused the timer
        }
    }

    /** The client ends: the timers left run on real time from now on, each for the whole timeout again. */
    void moveToRealTime() {
        onRealTime = true;
        for (WebSocket closing : pending.keySet()) {
            Scheduler.Cancellable timer = pending.remove(closing);
            if (timer != null) {
                timer.cancel();
                onRealTime(closing);
            }
        }
    }

    private void onRealTime(WebSocket closing) {
        CompletableFuture.delayedExecutor(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .execute(() -> abortUnlessAnswered(closing));
    }

    private static void abortUnlessAnswered(WebSocket closing) {
        if (!closing.isInputClosed()) {
            closing.abort();
        }
    }
}
