package dev.asyncgen.realtime;

import static dev.asyncgen.realtime.Envelopes.POSTS;
import static dev.asyncgen.realtime.Envelopes.documentEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.realtime.Envelopes.DocumentEnvelope;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** close() with a handler that does not return: the callback thread is interrupted and ends. */
class StuckHandlerCloseTest extends ClientFixture {

    private final ScriptedAppwriteServer server = server(new ScriptedAppwriteServer());

    @Test
    void closeInterruptsAHandlerThatNeverReturnsAndTheCallbackThreadEnds() throws Exception {
        RealtimeClient client = client(builder(server.uri()).closeTimeout(Duration.ofMillis(50)));
        CountDownLatch never = new CountDownLatch(1);
        Recorder<Thread> handlerThread = new Recorder<>();
        Recorder<String> outcome = new Recorder<>();
        client.subscribe(POSTS, DocumentEnvelope.class, e -> {
            handlerThread.add(Thread.currentThread());
            try {
                never.await();
                outcome.add("returned");
            } catch (InterruptedException interrupted) {
                outcome.add("interrupted");
            }
        });
        server.nextPeer().send(documentEvent("STUCK", "s", POSTS));
        Thread thread = handlerThread.next();

        try {
            client.close();

            assertThat(outcome.next()).isEqualTo("interrupted");
            thread.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(thread.isAlive()).as("the callback thread is gone").isFalse();
        } finally {
            never.countDown();
        }
    }
}
