package dev.asyncgen.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotEmpty;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterProperty;

/** Whatever a run record holds comes back from its file as it was written: line breaks, backslashes, spaces. */
class RunRecordProperties {
  private final Path folder;

  RunRecordProperties() throws IOException {
    folder = Files.createTempDirectory("run-record-properties");
  }

  @AfterProperty
  void removeFolder() throws IOException {
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }

  @Property(tries = 300)
  void aRecordReadsBackAsWritten(
      @ForAll @Size(max = 4) List<@StringLength(max = 30) @Chars({'\n', '\r', '\\', ' ', '=', ':', '#', 'é', '\u2028'})
          @CharRange(from = 'a', to = 'z') String> warnings,
      @ForAll @Size(max = 4) List<@NotEmpty @StringLength(max = 20) @Chars({' ', '\\', '\n', '/', 'ü'})
          @CharRange(from = 'A', to = 'Z') String> outputPaths,
      @ForAll @StringLength(min = 1, max = 20) @Chars({' ', '\\', '\n', '\r', 'ß'}) @CharRange(from = 'a', to = 'z')
          String directoryName,
      @ForAll boolean withDigest,
      @ForAll long size,
      @ForAll long time) {
    List<RunRecord.Output> outputs = outputPaths.stream().map(path -> new RunRecord.Output(path, size, time)).toList();
    List<RunRecord.SpecFile> specs = List.of(
        new RunRecord.SpecFile(folder.resolve(directoryName + ".yaml").toUri(), "ab01", size, time),
        new RunRecord.SpecFile(URI.create("https:/specs/schemas.yaml"), "cd23", -1, -1));
    RunRecord record = new RunRecord(withDigest ? Optional.of("0123abcd") : Optional.empty(),
        folder.resolve(directoryName), specs, outputs, warnings);
    Path file = folder.resolve("record.digest");

    record.write(file);

    assertThat(RunRecord.read(file)).contains(record);
  }
}
