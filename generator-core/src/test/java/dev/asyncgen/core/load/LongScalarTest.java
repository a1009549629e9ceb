package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.diagnostic.SourceFile;
import java.net.URI;
import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.model.Channel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file at the default size limit that is one long scalar is read whole, in each scalar style.
 * How long that takes is measured in BENCHMARKS.md ("Long scalars"); the timeout only catches the
 * minutes such a file took when reading was quadratic in the scalar's length.
 */
@Timeout(60)
class LongScalarTest {
  private static final String HEADER = "asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels: {}\n";
  private static final SourceFile FILE = new SourceFile(URI.create("file:///long.yaml"), "long.yaml");

  @ParameterizedTest
  @ValueSource(strings = {"x-big: ", "x-big: '", "x-big: \"", "x-big: |\n  "})
  void scalarFillingTheSizeLimitIsReadWhole(String start) {
    String end = start.endsWith("'") ? "'\n" : start.endsWith("\"") ? "\"\n" : "\n";
    int length = (int) LoadLimits.DEFAULT_MAX_BYTES - HEADER.length() - start.length() - end.length();
    String scalar = "0123456789abcdef".repeat(length / 16 + 1).substring(0, length);
    byte[] spec = (HEADER + start + scalar + end).getBytes(StandardCharsets.US_ASCII);

    MapNode root = (MapNode) new YamlLoader(LoadLimits.defaults()).load(FILE, spec);

    assertThat(spec).hasSize((int) LoadLimits.DEFAULT_MAX_BYTES);
    // A literal block keeps its final line break.
    String expected = start.endsWith("|\n  ") ? scalar + "\n" : scalar;
    String read = ((ScalarNode) root.get("x-big")).text();
    assertThat(read.length()).isEqualTo(expected.length());
    // Compared as a boolean: a failure must not print 16 MiB.
    assertThat(read.equals(expected)).as("the scalar read is the scalar written").isTrue();
  }

  /** The same through every reading stage, as a message's description in each version's place for it. */
  @EachVersion
  void descriptionFillingTheSizeLimitReachesTheModel(SpecShape shape, @TempDir Path dir) {
    String[] around = shape.oneMessage("        description: HERE\n").split("HERE");
    String head = around[0];
    String tail = around[1];
    int length = (int) LoadLimits.DEFAULT_MAX_BYTES - head.length() - tail.length();
    String scalar = "0123456789abcdef".repeat(length / 16 + 1).substring(0, length);
    Path spec = Specs.write(dir.resolve("long.yaml"), head + scalar + tail);

    Channel channel = Specs.read(spec).api().channels().get(0);

    assertThat(spec.toFile().length()).isEqualTo(LoadLimits.DEFAULT_MAX_BYTES);
    String read = channel.messages().values().iterator().next().description();
    assertThat(read.equals(scalar)).as("the description read is the one written").isTrue();
  }
}
