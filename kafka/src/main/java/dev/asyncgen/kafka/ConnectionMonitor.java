package dev.asyncgen.kafka;

import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Failure;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;

/**
 * Reports the connection state. Kafka's clients reconnect by themselves and say nothing about it, so this asks the
 * cluster for its nodes every {@code interval}: an answer is {@link ClientState.Open}, none (or an error) is
 * {@link ClientState.Recovering} (Kafka keeps retrying). Only changes are reported, on the monitor's thread.
 */
final class ConnectionMonitor {
    private final Admin admin;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Consumer<? super ClientState> listener;
    private final Consumer<? super Failure> failures;
    private ClientState state = new ClientState.Idle();
    private int attempt;
    private boolean stopped;

    ConnectionMonitor(Admin admin, ScheduledExecutorService scheduler, Duration interval,
            Consumer<? super ClientState> listener, Consumer<? super Failure> failures) {
        this.admin = admin;
        this.scheduler = scheduler;
        this.interval = interval;
        this.listener = listener;
        this.failures = failures;
    }

    synchronized void start() {
        if (!(state instanceof ClientState.Idle) || stopped) {
            return;
        }
        attempt = 1;
        change(new ClientState.Connecting(1));
        scheduler.execute(this::probe);
    }

    synchronized ClientState state() {
        return state;
    }

    private void probe() {
        Throwable failed = null;
        try {
            long timeout = Math.max(interval.toMillis(), 1000);
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) Math.min(timeout, Integer.MAX_VALUE)))
                    .nodes().get(timeout + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception unanswered) {
            failed = unanswered instanceof java.util.concurrent.ExecutionException && unanswered.getCause() != null
                    ? unanswered.getCause() : unanswered;
        }
        synchronized (this) {
            if (stopped) {
                return;
            }
            if (failed == null) {
                attempt = 0;
                if (!(state instanceof ClientState.Open)) {
                    change(new ClientState.Open());
                }
            } else if (state instanceof ClientState.Open || state instanceof ClientState.Connecting) {
                attempt++;
                Failure failure = failure(failed);
                change(new ClientState.Recovering(attempt, interval, failure));
                failures.accept(failure);
            }
            scheduler.schedule(this::probe, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Failure failure(Throwable failed) {
        Failure.Kind kind = failed instanceof AuthenticationException ? Failure.Kind.AUTHENTICATION
                : failed instanceof AuthorizationException ? Failure.Kind.AUTHORIZATION
                : failed instanceof org.apache.kafka.common.errors.TimeoutException
                        || failed instanceof java.util.concurrent.TimeoutException ? Failure.Kind.TIMEOUT
                : Failure.Kind.TRANSPORT;
        String text = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
        return new Failure(kind, "no answer from the Kafka cluster (the clients keep reconnecting): " + text, false, failed);
    }

    synchronized void stop() {
        if (!stopped) {
            stopped = true;
            change(new ClientState.Closed(Optional.empty()));
        }
    }

    private void change(ClientState next) {
        state = next;
        try {
            listener.accept(next);
        } catch (RuntimeException ignored) {
            // A listener that throws must not stop the monitor.
        }
    }
}
