package dev.asyncgen.realtime;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;

/** Builds clients wired to recorders and closes them (and checks their threads end) after each test. */
abstract class ClientFixture {

    final ManualScheduler clock = new ManualScheduler();
    final Recorder<ConnectionState> states = new Recorder<>();
    final Recorder<RealtimeError> errors = new Recorder<>();
    private final List<RealtimeClient> clients = new ArrayList<>();
    private final List<AutoCloseable> servers = new ArrayList<>();

    <S extends AutoCloseable> S server(S server) {
        servers.add(server);
        return server;
    }

    /** A client on virtual time with a fixed 1 s backoff, reporting to {@link #states} and {@link #errors}. */
    RealtimeClient.Builder builder(URI uri) {
        return RealtimeClient.builder()
                .uri(uri)
                .query("project", "my-project")
                .backoff(Backoff.fixed(Duration.ofSeconds(1)))
                .scheduler(clock)
                .onStateChange(states::add)
                .onError(errors::add);
    }

    RealtimeClient client(RealtimeClient.Builder builder) {
        RealtimeClient client = builder.build();
        clients.add(client);
        return client;
    }

    ConnectionState.Open awaitOpen() throws InterruptedException {
        return (ConnectionState.Open) states.await(state -> state instanceof ConnectionState.Open);
    }

    ConnectionState.Reconnecting awaitReconnecting() throws InterruptedException {
        return (ConnectionState.Reconnecting) states.await(state -> state instanceof ConnectionState.Reconnecting);
    }

    ConnectionState.Closed awaitClosed() throws InterruptedException {
        return (ConnectionState.Closed) states.await(state -> state instanceof ConnectionState.Closed);
    }

    /** Threads of any client still alive after waiting (at most 10 s in all) for each of them to end. */
    static List<String> clientThreadsAfterWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(RealtimeClient.THREAD_NAME_PREFIX))
                .toList();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return threads.stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }

    @AfterEach
    void closeEverything() throws Exception {
        clients.forEach(RealtimeClient::close);
        for (AutoCloseable server : servers) {
            server.close();
        }
    }
}
