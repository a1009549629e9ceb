package dev.asyncgen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.incremental.RunRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedOutputCheckTest {
  @TempDir
  Path records;

  private void recordRun(String executionId, Path outputDirectory) {
    new RunRecord(Optional.of("ab"), outputDirectory, List.of(), List.of(), List.of())
        .write(RunRecord.file(records, executionId));
  }

  @Test
  void findsAnotherExecutionGeneratingIntoTheSameDirectory() {
    recordRun("orders", Path.of("/p/target/generated-sources/asyncgen"));
    recordRun("users", Path.of("/p/target/generated-sources/users"));

    assertThat(SharedOutputCheck.otherOwner(records, List.of("users", "orders"),
        Path.of("/p/target/generated-sources/asyncgen"))).contains("orders");
  }

  @Test
  void executionsWithDirectoriesOfTheirOwnAreFine() {
    recordRun("orders", Path.of("/p/target/generated-sources/orders"));

    assertThat(SharedOutputCheck.otherOwner(records, List.of("orders", "never-ran"),
        Path.of("/p/target/generated-sources/users"))).isEmpty();
  }

  @Test
  void recordsOfExecutionsNoLongerConfiguredAreIgnored() {
    recordRun("removed", Path.of("/p/target/generated-sources/asyncgen"));

    assertThat(SharedOutputCheck.otherOwner(records, List.of("orders"),
        Path.of("/p/target/generated-sources/asyncgen"))).isEmpty();
  }
}
