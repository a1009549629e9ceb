package dev.asyncgen.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.asyncgen.realtime.ConnectionState;
import dev.asyncgen.realtime.RealtimeClient;
import dev.asyncgen.realtime.RealtimeError;
import dev.asyncgen.realtime.appwrite.AppwriteProtocol;
import io.appwrite.realtime.DocumentEnvelope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second through a {@link RealtimeClient} on loopback, end to end: a server writes Appwrite document
 * event frames (about 1 KB each) and the operation ends when the subscription's handler has been called for each.
 * In between: the JDK WebSocket reads and assembles the text, the engine reads the frame, routes it and decodes the
 * payload into the generated {@code DocumentEnvelope}, and the callback thread runs the handler. One operation is one
 * event; run with {@code -prof gc} for the bytes allocated per event ({@code gc.alloc.rate.norm}, all threads of the
 * JVM: the server only writes bytes encoded in setup). {@code payload=JsonNode} subscribes to the tree instead of the
 * record, which shows what decoding into the record costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RealtimeThroughput {

  /** Events written at once; the client reads them one message at a time (its flow control). */
  private static final int BATCH = 1000;
  private static final String CHANNEL = "databases.main.collections.posts.documents";

  /** {@code DocumentEnvelopeJsr310}: the record, read by the client's mapper before it had JacksonDateTimeModule. */
  @Param({"DocumentEnvelope", "JsonNode", "DocumentEnvelopeJsr310"})
  public String payload;

  private final Semaphore batchesHandled = new Semaphore(0);
  private final AtomicReference<RealtimeError> firstError = new AtomicReference<>();
  private LoopbackAppwriteServer server;
  private RealtimeClient client;
  private byte[] batch;
  /** Callback thread only. */
  private int handledInBatch;
  /** Keeps the handler's argument alive, as a real handler would use it. */
  private volatile Object lastEvent;

  @Setup
  public void setUp() throws Exception {
    String frame = frameText();
    ByteArrayOutputStream frames = new ByteArrayOutputStream();
    byte[] one = LoopbackAppwriteServer.textFrame(frame);
    for (int i = 0; i < BATCH; i++) {
      frames.writeBytes(one);
    }
    batch = frames.toByteArray();

    server = new LoopbackAppwriteServer();
    CountDownLatch open = new CountDownLatch(1);
    RealtimeClient.Builder builder = RealtimeClient.builder();
    if (payload.equals("DocumentEnvelopeJsr310")) {
      builder.objectMapper(JsonMapper.builder()
          .findAndAddModules()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .build());
    }
    client = builder
        .uri(server.uri())
        .query("project", "benchmark")
        .protocol(AppwriteProtocol.legacy())
        // No heartbeat or watchdog during a run: only events cross the socket.
        .heartbeat(Duration.ofHours(1))
        .onStateChange(state -> {
          if (state instanceof ConnectionState.Open) {
            open.countDown();
          }
        })
        .onError(error -> firstError.compareAndSet(null, error))
        .build();
    Class<?> type = payload.equals("JsonNode") ? JsonNode.class : DocumentEnvelope.class;
    client.subscribe(CHANNEL, type, this::handle);
    server.acceptClient();
    if (!open.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the client did not open: " + client.state());
    }
    checkOneEvent(frame);
  }

  private void handle(Object event) {
    lastEvent = event;
    if (++handledInBatch == BATCH) {
      handledInBatch = 0;
      batchesHandled.release();
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void eventsThroughDecodeAndDispatch() throws Exception {
    server.send(batch);
    awaitBatch();
  }

  private void awaitBatch() throws InterruptedException {
    if (!batchesHandled.tryAcquire(30, TimeUnit.SECONDS) || firstError.get() != null) {
      throw new IllegalStateException("events lost: " + firstError.get() + ", state " + client.state());
    }
  }

  /** One batch before measuring, checking that the handler sees the decoded document. */
  private void checkOneEvent(String frame) throws Exception {
    server.send(batch);
    awaitBatch();
    Object event = lastEvent;
    boolean decoded = event instanceof DocumentEnvelope envelope
        ? envelope.payload().id().equals("6406d3e8c4d9b")
            && envelope.payload().additionalProperties().containsKey("body")
        : event instanceof JsonNode tree && tree.path("payload").path("$id").asText().equals("6406d3e8c4d9b");
    if (!decoded || frame.length() < 1000) {
      throw new IllegalStateException("the client does not deliver what the benchmark expects: " + event);
    }
  }

  private static String frameText() throws IOException {
    try (InputStream in = RealtimeThroughput.class.getResourceAsStream("document-event-frame.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    client.close();
    server.close();
  }
}
