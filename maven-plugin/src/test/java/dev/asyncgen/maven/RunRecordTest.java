package dev.asyncgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.incremental.RunRecord;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecordTest {
  @TempDir
  Path dir;

  @Test
  void roundTrips() {
    RunRecord record = new RunRecord(
        Optional.of("ab12"),
        dir.resolve("out"),
        List.of(dir.resolve("a b.yaml").toUri(), URI.create("https:/specs/schemas.yaml")),
        List.of(new RunRecord.Output("com/example/A B.java", 12, 1_700_000_000_123L)),
        List.of("a.yaml:3:4: warning: oneOf is not supported yet: 'x' is typed as Object", "two\nlines = \\ ok"));
    Path file = RunRecord.file(dir, "default");
    record.write(file);
    assertThat(RunRecord.read(file)).contains(record);
  }

  @Test
  void aRecordWithoutDigestRoundTrips() {
    RunRecord record = new RunRecord(Optional.empty(), dir, List.of(), List.of(), List.of());
    Path file = RunRecord.file(dir, "default");
    record.write(file);
    assertThat(RunRecord.read(file)).contains(record);
  }

  @Test
  void noRecordIsEmpty() {
    assertThat(RunRecord.read(dir.resolve("none.digest"))).isEmpty();
  }

  @Test
  void aDamagedRecordIsEmpty() throws IOException {
    Path file = dir.resolve("damaged.digest");
    Files.writeString(file, "format=1\ndigest=ab\noutputDirectory=/x\nspec.count=2\nspec.0=file:/a.yaml\n");
    assertThat(RunRecord.read(file)).isEmpty();
    Files.writeString(file, "format=1\noutputDirectory=/x\nspec.count=0\noutput.count=1\noutput.0=12 x A.java\n");
    assertThat(RunRecord.read(file)).isEmpty();
  }

  @Test
  void aRecordOfAnotherFormatIsEmpty() throws IOException {
    Path file = dir.resolve("old.digest");
    Files.writeString(file, "format=0\noutputDirectory=/x\nspec.count=0\noutput.count=0\nwarning.count=0\n");
    assertThat(RunRecord.read(file)).isEmpty();
  }

  @Test
  void executionIdsBecomeSafeFileNames() {
    assertThat(RunRecord.file(dir, "generate-api_v2.1")).isEqualTo(dir.resolve("generate-api_v2.1.digest"));
    assertThat(RunRecord.file(dir, "../x/y z")).isEqualTo(dir.resolve(".._x_y_z.digest"));
  }

  @Test
  void anOutputMatchesOnlyTheFileAsItWas() throws IOException {
    Path file = dir.resolve("A.java");
    Files.writeString(file, "class A {}");
    RunRecord.Output output = RunRecord.Output.stat(dir, "A.java").orElseThrow();
    assertThat(output.size()).isEqualTo(10);
    assertThat(output.isUnchangedIn(dir)).isTrue();

    Files.writeString(file, "class A { }");
    assertThat(output.isUnchangedIn(dir)).isFalse();
    Files.delete(file);
    assertThat(output.isUnchangedIn(dir)).isFalse();
    assertThat(RunRecord.Output.stat(dir, "A.java")).isEmpty();
  }
}
