package dev.asyncgen.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The futures {@link RealtimeClient#whenOpen()} handed out that wait for the next open connection. Used on the
 * engine thread only. The futures are completed on the JDK's default async pool, never on a client thread: a stage
 * a caller attached without an executor runs there, so blocking in it cannot stall heartbeats or handlers.
 */
final class OpenWaiters {

    private final List<CompletableFuture<Void>> waiting = new ArrayList<>();

    void add(CompletableFuture<Void> waiter) {
        waiting.add(waiter);
    }

    /** A connection is open: every waiter completes. */
    void opened() {
        List<CompletableFuture<Void>> due = takeAll();
        if (!due.isEmpty()) {
            CompletableFuture.runAsync(() -> due.forEach(waiter -> waiter.complete(null)));
        }
    }

    /** The client ended without (another) open connection: every waiter fails. */
    void ended(ConnectionState.Closed closed) {
        takeAll().forEach(waiter -> fail(waiter, closed));
    }

    static void succeed(CompletableFuture<Void> waiter) {
        CompletableFuture.runAsync(() -> waiter.complete(null));
    }

    static void fail(CompletableFuture<Void> waiter, ConnectionState.Closed closed) {
        CompletableFuture.runAsync(() -> waiter.completeExceptionally(new ClientClosedException(closed)));
    }

    private List<CompletableFuture<Void>> takeAll() {
        List<CompletableFuture<Void>> due = List.copyOf(waiting);
        waiting.clear();
        return due;
    }
}
