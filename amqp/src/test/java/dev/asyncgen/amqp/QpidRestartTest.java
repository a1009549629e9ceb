package dev.asyncgen.amqp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.runtime.Backoff;
import dev.asyncgen.runtime.ClientState;
import dev.asyncgen.runtime.Publisher;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The broker stopped and started again on the same port (Broker-J keeps durable queues and persistent messages in
 * its Derby store): the client recovers connection, topology and consumer by itself, and nothing a send confirmed
 * is lost. Sends that fail while the broker is away are sent again by the test, as the guarantee says.
 */
class QpidRestartTest {
    record Tick(int n) {}

    private static QpidBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = QpidBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void brokerRestartedMidStreamLosesNothingConfirmed() throws Exception {
        List<ClientState> states = new CopyOnWriteArrayList<>();
        Set<Integer> received = ConcurrentHashMap.newKeySet();
        AtomicInteger redelivered = new AtomicInteger();
        try (AmqpClient client = AmqpClient.builder().uri(broker.uri()).declareTopology(true)
                .backoff(Backoff.fixed(Duration.ofMillis(200))).onState(states::add).build()) {
            client.connected().get(20, TimeUnit.SECONDS);
            AmqpQueue queue = AmqpQueue.durable("ticks");
            client.subscribe(AmqpSource.queue(queue), Tick.class, message -> {
                received.add(message.payload().n());
                if (message.redelivered()) {
                    redelivered.incrementAndGet();
                }
            }).ready().get(20, TimeUnit.SECONDS);
            Publisher<Tick> publisher =
                    client.publisher(AmqpExchange.defaultExchange(), "ticks", PublishOptions.defaults(), null);

            int total = 300;
            int resent = 0;
            for (int n = 0; n < total; n++) {
                if (n == total / 3) {
                    broker.restart();
                }
                while (!confirmed(publisher.send(new Tick(n)))) {
                    resent++;
                    Thread.sleep(50);
                }
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.size() < total && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(received).hasSize(total);
            assertThat(resent).as("sends refused while the broker was away").isPositive();
            assertThat(states).anySatisfy(state -> assertThat(state).isInstanceOf(ClientState.Recovering.class));
            assertThat(states.get(states.size() - 1)).isEqualTo(new ClientState.Open());
        }
    }

    @Test
    void brokerDownAtStartIsWaitedFor() throws Exception {
        BlockingQueue<ClientState> states = new LinkedBlockingQueue<>();
        broker.stop();
        try (AmqpClient client = AmqpClient.builder().uri(broker.uri()).declareTopology(true)
                .backoff(Backoff.fixed(Duration.ofMillis(100))).onState(states::add).build()) {
            BlockingQueue<Tick> received = new LinkedBlockingQueue<>();
            CompletableFuture<Void> ready = client.subscribe(AmqpSource.queue(new AmqpQueue("late", false, false, true)),
                    Tick.class, message -> received.add(message.payload())).ready();
            ClientState recovering;
            do {
                recovering = states.poll(10, TimeUnit.SECONDS);
            } while (!(recovering instanceof ClientState.Recovering retry && retry.attempt() >= 3));
            assertThat(ready).isNotDone();

            broker.restart();

            ready.get(20, TimeUnit.SECONDS);
            client.<Tick>publisher(AmqpExchange.defaultExchange(), "late", PublishOptions.defaults(), null)
                    .send(new Tick(1)).get(20, TimeUnit.SECONDS);
            assertThat(received.poll(20, TimeUnit.SECONDS)).isEqualTo(new Tick(1));
        }
    }

    private static boolean confirmed(CompletableFuture<?> send) throws Exception {
        try {
            send.get(20, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException failed) {
            assertThat(failed.getCause()).isInstanceOf(AmqpPublishException.class);
            return false;
        }
    }
}
