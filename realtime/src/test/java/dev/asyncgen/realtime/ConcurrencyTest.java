package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many callers at once, independent clients, and slow handlers. */
class ConcurrencyTest extends ClientFixture {

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());

    @Test
    void manyThreadsSubscribingAndClosingAtOnceLeaveExactlyTheOpenSubscriptions() throws Exception {
        RealtimeClient client = client(builder(server.uri()).protocol(AppwriteProtocol.messages()));
        client.subscribe("keeper", DocumentEnvelope.class, e -> { });
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        awaitOpen();
        int threads = 8;
        Recorder<String> seen = new Recorder<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                List<String> closedIds = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    Subscription s = client.subscribe("c" + thread, DocumentEnvelope.class,
                            e -> seen.add("closed got " + e.payload().id()));
                    closedIds.add(s.id());
                    s.close();
                }
                Subscription kept = client.subscribe("c" + thread, DocumentEnvelope.class,
                        e -> seen.add("kept " + e.payload().id()));
                closedIds.add(0, kept.id());
                return closedIds;
            }));
        }
        start.countDown();
        List<String> keptIds = new ArrayList<>();
        List<String> closedIds = new ArrayList<>();
        for (Future<List<String>> result : results) {
            List<String> ids = result.get(10, TimeUnit.SECONDS);
            keptIds.add(ids.get(0));
            closedIds.addAll(ids.subList(1, ids.size()));
        }
        pool.shutdown();

        List<String> all = new ArrayList<>(keptIds);
        all.addAll(closedIds);
        peer.send(documentEventFor("X", all));
        for (int i = 0; i < threads; i++) {
            assertThat(seen.next()).isEqualTo("kept X");
        }
        peer.send(documentEventFor("END", keptIds.subList(0, 1)));
        assertThat(seen.next()).as("nothing for closed subscriptions came in between").isEqualTo("kept END");
        assertThat(client.state()).isEqualTo(new ConnectionState.Open());
        assertThat(server.pendingPeer()).isNull();
    }

    private static String documentEventFor(String id, List<String> subscriptionIds) {
        return documentEvent(id, id, POSTS).replace("\"channels\":", "\"subscriptions\":"
                + Envelopes.jsonArray(subscriptionIds.toArray(String[]::new)) + ",\"channels\":");
    }

    @Test
    void twoClientsInOneJvmAreIndependent() throws Exception {
        Recorder<String> seenA = new Recorder<>();
        Recorder<String> seenB = new Recorder<>();
        RealtimeClient a = client(builder(server.uri()));
        RealtimeClient b = client(RealtimeClient.builder().uri(server.uri()).query("project", "other"));
        a.subscribe(POSTS, DocumentEnvelope.class, e -> seenA.add(e.payload().id() + " " + Thread.currentThread()));
        ScriptedAppwriteServer.Peer peerA = server.nextPeer();
        b.subscribe(POSTS, DocumentEnvelope.class, e -> seenB.add(e.payload().id() + " " + Thread.currentThread()));
        ScriptedAppwriteServer.Peer peerB = server.nextPeer();
        assertThat(peerB.resource()).contains("project=other");

        peerA.send(documentEvent("TO_A", "a", POSTS));
        String deliveredA = seenA.next();
        a.close();
        peerB.send(documentEvent("TO_B", "b", POSTS));
        String deliveredB = seenB.next();

        assertThat(deliveredA).startsWith("TO_A");
        assertThat(deliveredB).startsWith("TO_B");
        assertThat(deliveredA.substring(5)).isNotEqualTo(deliveredB.substring(5));
        assertThat(seenA.drain()).isEmpty();
        assertThat(b.state()).isEqualTo(new ConnectionState.Open());
    }

    @Test
    void aSlowHandlerStallsNeitherHeartbeatsNorTheConnectionAndOverflowIsAGap() throws Exception {
        server.sendConnected = false;
        RealtimeClient client = client(builder(server.uri())
                .protocol(AppwriteProtocol.messages())
                .callbackQueueCapacity(2));
        CountDownLatch release = new CountDownLatch(1);
        Recorder<String> seen = new Recorder<>();
        Subscription subscription = client.subscribe(POSTS, DocumentEnvelope.class, e -> {
            seen.add("event " + e.payload().id());
            await(release);
        }, () -> seen.add("gap"));
        ScriptedAppwriteServer.Peer peer = server.nextPeer();

        peer.send(documentEventFor("1", List.of(subscription.id())));
        assertThat(seen.next()).as("the handler now blocks with an empty queue").isEqualTo("event 1");
        for (int i = 2; i <= 6; i++) {
            peer.send(documentEventFor(String.valueOf(i), List.of(subscription.id())));
        }
        peer.send("{\"type\":\"connected\",\"data\":{}}");
        assertThat(peer.nextMessage()).as("the engine got through all six events").contains("subscribe");
        clock.awaitScheduled(Duration.ofSeconds(20), 1);
        clock.advance(Duration.ofSeconds(20));
        assertThat(server.pings.poll(10, TimeUnit.SECONDS)).as("heartbeat while the handler blocks").isNotNull();
        release.countDown();

        assertThat(seen.next()).isEqualTo("event 2");
        assertThat(seen.next()).isEqualTo("event 3");
        assertThat(errors.await(e -> e.kind() == RealtimeError.Kind.CALLBACK_QUEUE_OVERFLOW).message())
                .contains("2 events");
        peer.send(documentEventFor("7", List.of(subscription.id())));
        assertThat(seen.next()).isEqualTo("gap");
        assertThat(seen.next()).isEqualTo("event 7");
    }

    @Test
    void overflowIsReportedOncePerEpisodeNotOncePerFreedSlot() throws Exception {
        server.sendConnected = false;
        RealtimeClient client = client(builder(server.uri())
                .protocol(AppwriteProtocol.messages())
                .callbackQueueCapacity(2));
        java.util.concurrent.Semaphore permits = new java.util.concurrent.Semaphore(0);
        Recorder<String> seen = new Recorder<>();
        Subscription subscription = client.subscribe(POSTS, DocumentEnvelope.class, e -> {
            seen.add("event " + e.payload().id());
            try {
                permits.tryAcquire(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
        ScriptedAppwriteServer.Peer peer = server.nextPeer();
        peer.send(documentEventFor("1", List.of(subscription.id())));
        assertThat(seen.next()).isEqualTo("event 1");
        for (String id : List.of("2", "3", "4")) {
            peer.send(documentEventFor(id, List.of(subscription.id())));
        }
        peer.send("{\"type\":\"connected\",\"data\":{}}");
        assertThat(peer.nextMessage()).as("the engine got through 2, 3 and 4 (dropped)").contains("subscribe");

        permits.release();
        assertThat(seen.next()).as("one slot free, the queue not drained").isEqualTo("event 2");
        peer.send(documentEventFor("5", List.of(subscription.id())));
        peer.send(documentEventFor("6", List.of(subscription.id())));
        peer.send("{\"type\":\"error\",\"data\":{\"code\":1013,\"message\":\"slow down\"}}");
        assertThat(server.closes.poll(10, TimeUnit.SECONDS)).as("the engine got through 5 and 6 (dropped)")
                .startsWith("1001");
        permits.release(100);
        awaitReconnecting();

        assertThat(errors.drain()).filteredOn(e -> e.kind() == RealtimeError.Kind.CALLBACK_QUEUE_OVERFLOW)
                .as("one episode: the queue never drained in between").hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
