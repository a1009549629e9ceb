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
        List.of(new RunRecord.SpecFile(dir.resolve("a b.yaml").toUri(), "c0ffee", 120, 1_700_000_000_001L),
            new RunRecord.SpecFile(URI.create("https:/specs/schemas.yaml"), "beef", -1, -1)),
        List.of(new RunRecord.Output("com/example/A B.java", 12, 1_700_000_000_123L)),
        List.of("a.yaml:3:4: warning: oneOf is not supported yet: 'x' is typed as Object", "two\nlines = \\ ok\r",
            "digest not-a-field"));
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
    RunRecord record = new RunRecord(Optional.of("ab"), dir, List.of(),
        List.of(new RunRecord.Output("A.java", 12, 34)), List.of("a\\b"));
    record.write(file);
    String whole = Files.readString(file);
    assertThat(RunRecord.read(file)).contains(record);
    for (String damaged : List.of(
        whole.replace("output 12 34", "output 12 x"),
        whole.replace("output 12 34 A.java", "output 12"),
        whole.replace("warning a\\\\b", "warning a\\b"),
        whole.replace("outputDirectory ", "outputFolder "),
        whole.replaceAll("outputDirectory .*\n", ""),
        whole.replace("format 2", "format=2"))) {
      Files.writeString(file, damaged);
      assertThat(RunRecord.read(file)).as(damaged).isEmpty();
    }
  }

  @Test
  void aRecordOfAnotherFormatIsEmpty() throws IOException {
    Path file = dir.resolve("old.digest");
    Files.writeString(file, "#asyncgen: what this execution last generated; delete to regenerate\nformat=1\n"
        + "outputDirectory=/x\nspec.count=0\noutput.count=0\nwarning.count=0\n");
    assertThat(RunRecord.read(file)).isEmpty();
    Files.writeString(file, "# asyncgen: what this execution last generated; delete to regenerate\nformat 3\n"
        + "outputDirectory /x\n");
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
