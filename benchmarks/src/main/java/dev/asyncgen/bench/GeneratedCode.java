package dev.asyncgen.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.appwrite.realtime.Channel;
import io.appwrite.realtime.Channels;
import io.appwrite.realtime.DocumentEnvelope;
import dev.asyncgen.runtime.JacksonDateTimeModule;
import io.appwrite.realtime.EventPattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the code generated from the Appwrite spec (generated into target/ when this module
 * is built): decoding the DocumentEvent example into the generated record (also with date-times
 * generated as strings) against decoding it into a Jackson tree, {@code Channels.parse}, and event-pattern matching. Run with {@code -prof gc} to
 * see the bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GeneratedCode {
  /** The first channel {@code parse} tries: a plain name. */
  private static final String ACCOUNT = "account";
  /** The last channel {@code parse} tries: three parameters read by a regular expression. */
  private static final String DOCUMENT = "databases.main.collections.posts.documents.p1";
  /** No channel: every candidate is tried. */
  private static final String UNKNOWN = "locales.en.messages";
  private static final String PATTERN = "databases.*.collections.*.documents.*.create";

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  /** The runtimes' date-time reader in front of jackson-datatype-jsr310's, as the runtimes' mappers have it. */
  private final ObjectMapper fastDatesMapper = new ObjectMapper().findAndRegisterModules()
      .registerModule(new JacksonDateTimeModule());
  private byte[] documentEvent;
  private DocumentEnvelope decoded;
  private List<String> events;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = GeneratedCode.class.getResourceAsStream("document-event.json")) {
      documentEvent = in.readAllBytes();
    }
    decoded = mapper.readValue(documentEvent, DocumentEnvelope.class);
    events = decoded.events();
    if (decoded.eventTypes().size() != 1 || Channels.parse(DOCUMENT).isEmpty()
        || !fastDatesMapper.readValue(documentEvent, DocumentEnvelope.class).equals(decoded)) {
      throw new IllegalStateException("the generated code does not behave as the benchmark expects");
    }
  }

  @Benchmark
  public DocumentEnvelope decodeRecord() {
    return decode(mapper, DocumentEnvelope.class);
  }

  /** The same record, its date-times read by runtime-core's {@link JacksonDateTimeModule}. */
  @Benchmark
  public DocumentEnvelope decodeRecordFastDates() {
    return decode(fastDatesMapper, DocumentEnvelope.class);
  }

  /** The same record generated with {@code --date-time-type String}: no java.time parsing. */
  @Benchmark
  public io.appwrite.realtime.stringdates.DocumentEnvelope decodeRecordStringDates() {
    return decode(mapper, io.appwrite.realtime.stringdates.DocumentEnvelope.class);
  }

  private <T> T decode(ObjectMapper with, Class<T> type) {
    try {
      return with.readValue(documentEvent, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public JsonNode decodeTree() {
    try {
      return mapper.readTree(documentEvent);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Benchmark
  public Optional<Channel<?>> parseFirst() {
    return Channels.parse(ACCOUNT);
  }

  @Benchmark
  public Optional<Channel<?>> parseLast() {
    return Channels.parse(DOCUMENT);
  }

  @Benchmark
  public Optional<Channel<?>> parseUnknown() {
    return Channels.parse(UNKNOWN);
  }

  /** One pattern against the most specific name of the example. */
  @Benchmark
  public boolean matchOne() {
    return EventPattern.matches(PATTERN, events.get(0));
  }

  /** Every pattern of the envelope against every name of the example: what eventTypes() does. */
  @Benchmark
  public Set<DocumentEnvelope.Event> matchingAll() {
    return DocumentEnvelope.Event.matching(events);
  }
}
