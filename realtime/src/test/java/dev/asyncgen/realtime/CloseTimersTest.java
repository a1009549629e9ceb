package dev.asyncgen.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A peer that never answers the client's Close is cut off: on the client's clock, then on real time. */
class CloseTimersTest {

    private static final Duration TIMEOUT = Duration.ofMillis(50);

    private final FakeJdkSocket socket = FakeJdkSocket.openedFor(new WebSocket.Listener() { });

    @Test
    void whileTheClientRunsItsClockDecides() {
        ManualScheduler clock = new ManualScheduler();
        CloseTimers timers = new CloseTimers(clock, TIMEOUT);

        timers.start(socket);

        clock.advance(TIMEOUT.minusMillis(1));
        assertThat(socket.aborted()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(socket.aborted()).isTrue();
    }

    @Test
    void whenTheClientEndsItsPendingTimersMoveToRealTime() throws InterruptedException {
        RecordingScheduler clock = new RecordingScheduler();
        CloseTimers timers = new CloseTimers(clock, TIMEOUT);
        timers.start(socket);

        timers.moveToRealTime();

        assertThat(clock.cancelled).as("the stopped clock's timer").containsExactly(true);
        awaitAborted();
    }

    @Test
    void aSocketClosedAfterTheClientEndedIsTimedOnRealTime() throws InterruptedException {
        RecordingScheduler clock = new RecordingScheduler();
        CloseTimers timers = new CloseTimers(clock, TIMEOUT);
        timers.moveToRealTime();

        timers.start(socket);

        assertThat(clock.cancelled).as("nothing on the stopped clock").isEmpty();
        awaitAborted();
    }

    private void awaitAborted() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!socket.aborted() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(socket.aborted()).as("aborted on real time").isTrue();
    }

    /** Keeps its timers, never runs them, and records which were cancelled. */
    private static final class RecordingScheduler implements Scheduler {
        final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public long nanoTime() {
            return 0;
        }

        @Override
        public synchronized Cancellable schedule(Duration delay, Runnable task) {
            int index = cancelled.size();
            cancelled.add(false);
            return () -> {
                synchronized (this) {
                    cancelled.set(index, true);
                }
            };
        }
    }
}
