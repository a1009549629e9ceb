package dev.asyncgen.core.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCheckTest {
  /** More than one thread's share, so that the second half is checked on a thread of its own. */
  private static final int FILES = 3_000;

  @TempDir
  Path dir;

  List<RunRecord.Output> outputs = new ArrayList<>();

  @BeforeEach
  void writeFiles() throws IOException {
    for (int i = 0; i < FILES; i++) {
      String path = "F" + i + ".java";
      Files.writeString(dir.resolve(path), "class F" + i + " {}");
      outputs.add(RunRecord.Output.stat(dir, path).orElseThrow());
    }
  }

  @Test
  void filesAsTheyWereAreUnchanged() {
    assertThat(OutputCheck.firstChanged(outputs, dir)).isEmpty();
  }

  @Test
  void theFirstChangedFileInTheRecordsOrderIsNamedWhicheverThreadSeesItFirst() throws IOException {
    Files.delete(dir.resolve("F2900.java"));
    assertThat(OutputCheck.firstChanged(outputs, dir)).contains(outputs.get(2900));

    Files.writeString(dir.resolve("F7.java"), "class F7 { }");
    assertThat(OutputCheck.firstChanged(outputs, dir)).contains(outputs.get(7));
  }

  @Test
  void aPathTheFileSystemCannotNameIsChangedNotAnError() {
    outputs.set(2000, new RunRecord.Output("bad\0name.java", 1, 1));
    assertThat(OutputCheck.firstChanged(outputs, dir)).contains(outputs.get(2000));
  }

  @Test
  void aSmallOutputIsCheckedInOrderToo() throws IOException {
    List<RunRecord.Output> few = outputs.subList(0, 10);
    Files.delete(dir.resolve("F3.java"));
    Files.delete(dir.resolve("F1.java"));
    assertThat(OutputCheck.firstChanged(few, dir)).contains(few.get(1));
  }
}
