package dev.asyncgen.core.output;

import static dev.asyncgen.core.output.OutputWriterTest.asGiven;
import static dev.asyncgen.core.output.OutputWriterTest.manifestPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One run at a time per output directory. */
@Timeout(60)
class OutputWriterLockTest {
  @TempDir Path temp;
  Path out;
  final CountDownLatch paused = new CountDownLatch(1);
  final CountDownLatch resume = new CountDownLatch(1);
  CompletableFuture<WriteSummary> first;

  @BeforeEach
  void startARunThatPausesHalfway() throws InterruptedException {
    out = asGiven(temp.resolve("out"));
    OutputWriter pausing = new OutputWriter(out).withProgress(path -> {
      if (path.equals("a/F0100.java")) {
        paused.countDown();
        awaitQuietly(resume);
      }
    });
    first = CompletableFuture.supplyAsync(() -> pausing.write(output("a", 200)));
    assertEquals(true, paused.await(30, TimeUnit.SECONDS), "the first run reached its pause");
  }

  @AfterEach
  void letTheFirstRunFinish() {
    resume.countDown();
  }

  @Test
  void aSecondRunGivesUpAfterTheTimeoutNamingTheFolder() throws Exception {
    OutputWriter second = new OutputWriter(out).withLockTimeout(Duration.ofMillis(100));

    OutputException e = assertThrows(OutputException.class, () -> second.write(output("b", 200)));

    assertEquals("another asyncgen run is writing into " + out + "; gave up after waiting 100 ms;"
        + " run again once it has finished", e.getMessage());
    resume.countDown();
    first.get();
    assertEquals(output("a", 200).keySet().stream().toList(), manifestPaths(out));
    assertEquals(200, generatedFiles().size());
  }

  @Test
  void aSecondRunWaitsAndThenWritesAlone() throws Exception {
    CompletableFuture<WriteSummary> second = new CompletableFuture<>();
    Thread thread = new Thread(() -> complete(second, () -> new OutputWriter(out).write(output("b", 200))));
    thread.start();
    // It polls the lock, sleeping in between: once it sleeps, it is waiting for the first run.
    while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.TERMINATED) {
      Thread.onSpinWait();
    }
    assertEquals(false, second.isDone(), "the second run waits while the first writes");
    resume.countDown();
    first.get();

    assertEquals(200, second.get().writtenCount());
    assertEquals(output("b", 200).keySet().stream().toList(), manifestPaths(out));
    assertEquals(output("b", 200).keySet().stream().toList(), generatedFiles());
  }

  private List<String> generatedFiles() throws IOException {
    try (var files = Files.walk(out)) {
      return files.filter(Files::isRegularFile)
          .map(file -> out.relativize(file).toString().replace('\\', '/'))
          .filter(path -> !path.startsWith(".asyncgen/"))
          .sorted()
          .toList();
    }
  }

  static SortedMap<String, String> output(String folder, int count) {
    SortedMap<String, String> files = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      files.put(String.format("%s/F%04d.java", folder, i), "class F" + i + " {}\n");
    }
    return files;
  }

  private static void complete(CompletableFuture<WriteSummary> future, java.util.function.Supplier<WriteSummary> run) {
    try {
      future.complete(run.get());
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
