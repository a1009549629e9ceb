package dev.asyncgen.core.generate;

import static dev.asyncgen.core.generate.GeneratedCode.call;
import static dev.asyncgen.core.generate.GeneratedCode.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two parameters in one segment with literal text between them (a stop): the builder refuses a first
 * value that holds the stop, and parse splits the segment at the first stop, so that every name the
 * builder makes reads back as the channel it was built as. Found by {@link ChannelRoundTripProperties}.
 */
class ChannelStopTest {
  private static final String PACKAGE = "com.example.stops";
  private static final String CHANNELS = PACKAGE + ".Channels";
  private static final String SPEC = """
      asyncapi: '2.6.0'
      info: {title: stops, version: '1'}
      channels:
        users.{first}-{last}:
          parameters: {first: {schema: {type: string}}, last: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        adeo-{env}-case-study-COSTING-REQUEST-{version}:
          parameters: {env: {schema: {type: string}}, version: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        rooms.{p}-x-{q}:
          parameters: {p: {schema: {type: string}}, q: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        kinds.{kind}-{id}:
          parameters:
            kind: {schema: {type: string, enum: [a-b, a]}}
            id: {schema: {type: string}}
          subscribe: {message: {payload: {type: string}}}
        orders.{id}:
          parameters: {id: {schema: {type: string}}}
          subscribe: {message: {payload: {type: string}}}
        orders.new:
          subscribe: {message: {payload: {type: integer}}}
      """;

  @TempDir
  static Path dir;

  private static SourceGenerator.Sources sources;
  private static ClassLoader loader;

  @BeforeAll
  static void compile() throws IOException {
    Path spec = dir.resolve("stops.yaml");
    Files.writeString(spec, SPEC);
    sources = SourceGenerator.generate(ReadRequest.of(spec).withDisplayPath("stops.yaml"),
        GenerationOptions.forPackage(PACKAGE).withClosedEnums(true));
    loader = GeneratedCode.compile(sources.files());
  }

  /** Before: {@code users.a-b-c} from ("a-b", "c") read back as ("a", "b-c"). */
  @Test
  void theFirstValueMayNotHoldTheStop() {
    assertThatThrownBy(() -> call(loader, CHANNELS, "users", "a-b", "c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel parameter first must not contain '-', the text between it and the next parameter in"
            + " the channel name: 'a-b'");
  }

  /** The last value may hold it: parse splits at the first stop. */
  @Test
  void parseSplitsAtTheFirstStop() throws Throwable {
    Object built = call(loader, CHANNELS, "users", "a", "b-c");
    assertThat(built.toString()).isEqualTo("users.a-b-c");
    assertThat(parse("users.a-b-c")).isEqualTo(Optional.of(built));
    assertThat(get(built, "parameters")).isEqualTo(Map.of("first", "a", "last", "b-c"));
  }

  /** The corpus address: {@code env} may not hold the text up to {@code version}. */
  @Test
  void aLongStopIsOneText() throws Throwable {
    Object built = call(loader, CHANNELS, "adeoCaseStudyCOSTINGREQUEST", "prod-eu", "v1-case-study-COSTING-REQUEST-2");
    assertThat(parse(built.toString())).isEqualTo(Optional.of(built));
    assertThatThrownBy(() -> call(loader, CHANNELS, "adeoCaseStudyCOSTINGREQUEST", "x-case-study-COSTING-REQUEST-y",
        "1")).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * A stop that starts with its own end ({@code -x-}): {@code a-x} followed by it makes {@code a-x-x-}, whose first
   * {@code -x-} starts inside the value. Before: built, and read back as ("a", "x-b").
   */
  @Test
  void aValueMayNotEndWithTheStartOfAStopThatOverlapsItself() {
    assertThatThrownBy(() -> call(loader, CHANNELS, "roomsX", "a-x", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channel parameter p must not end with a start of '-x-', the text between it and the next"
            + " parameter in the channel name: 'a-x'");
  }

  /** Before: the value {@code a-b} was built as {@code kinds.a-b-c}, and parse read its alternative {@code a} first. */
  @Test
  void aClosedEnumValueHoldingTheStopIsAWarningAndNeverParsed() throws Throwable {
    assertThat(sources.warnings()).extracting(Object::toString).contains("stops.yaml:15:13: warning: parameter"
        + " 'kind' lists the value 'a-b', which contains '-', the text between it and the next parameter in channel"
        + " 'kinds.{kind}-{id}': the channel builder refuses it, and parse never reads it");
    Object ab = call(loader, PACKAGE + ".Kind", "fromValue", "a-b");
    assertThatThrownBy(() -> call(loader, CHANNELS, "kinds", ab, "c")).isInstanceOf(IllegalArgumentException.class);
    Object a = call(loader, PACKAGE + ".Kind", "fromValue", "a");
    Object built = call(loader, CHANNELS, "kinds", a, "b-c");
    assertThat(parse("kinds.a-b-c")).isEqualTo(Optional.of(built));
  }

  /** The generated Javadoc says why a value is refused. */
  @Test
  void theBuilderMethodExplainsTheRule() {
    assertThat(sources.files().get("com/example/stops/Channels.java")).contains(
        "<p>In the name {@code first} is followed by {@code -} and another parameter, and {@code parse} reads it up"
            + " to the first {@code -}: {@code first} may not contain {@code -}, or the builder throws",
        "{@code p} may not contain {@code -x-}, nor end with text that, followed by {@code -x-}, starts it earlier");
  }

  /**
   * Two addresses with one name ({@code orders.new}): parse returns the one with fewer parameters, as README says,
   * whichever builder made it.
   */
  @Test
  void aNameOfTwoChannelsParsesAsTheOneWithFewerParameters() throws Throwable {
    Object fromParameter = call(loader, CHANNELS, "orders", "new");
    Object literal = call(loader, CHANNELS, "orders");
    Object stepLiteral = get(literal, "new_");
    assertThat(parse("orders.new")).isEqualTo(Optional.of(stepLiteral));
    assertThat(parse("orders.new")).isNotEqualTo(Optional.of(fromParameter));
  }

  private static Optional<?> parse(String name) throws Throwable {
    return (Optional<?>) call(loader, CHANNELS, "parse", name);
  }
}
