package dev.asyncgen.core.incremental;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the first generated file that is not as the last run left it. For a big output the two
 * halves of the list are looked at on two threads: at 10,000 files, one file-status call per file is
 * most of what an unchanged run does.
 */
final class OutputCheck {
  /** Below this many files a second thread costs more than it saves. */
  private static final int SPLIT_FROM = 2_000;

  private OutputCheck() {}

  /** The first of {@code outputs}, in their order, that is changed or missing in {@code outputDirectory}. */
  static Optional<RunRecord.Output> firstChanged(List<RunRecord.Output> outputs, Path outputDirectory) {
    int size = outputs.size();
    if (size < SPLIT_FROM || Runtime.getRuntime().availableProcessors() < 2) {
      return Optional.ofNullable(firstChanged(outputs, 0, size, outputDirectory));
    }
    SecondHalf secondHalf = new SecondHalf(outputs, size / 2, size, outputDirectory);
    Thread thread = new Thread(secondHalf, "asyncgen-output-check");
    thread.setDaemon(true);
    thread.start();
    RunRecord.Output first = firstChanged(outputs, 0, size / 2, outputDirectory);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // Unsure, so changed: the caller regenerates, which is always safe.
      return Optional.of(outputs.get(size / 2));
    }
    if (first != null) {
      return Optional.of(first);
    }
    // A half that did not finish could not vouch for its files: changed, so the caller regenerates.
    return secondHalf.finished ? Optional.ofNullable(secondHalf.firstChanged) : Optional.of(outputs.get(size / 2));
  }

  private static RunRecord.Output firstChanged(List<RunRecord.Output> outputs, int from, int to, Path outputDirectory) {
    for (int i = from; i < to; i++) {
      if (!outputs.get(i).isUnchangedIn(outputDirectory)) {
        return outputs.get(i);
      }
    }
    return null;
  }

  /** A class rather than a lambda: the first lambda of a run costs a cold start several milliseconds. */
  private static final class SecondHalf implements Runnable {
    private final List<RunRecord.Output> outputs;
    private final int from;
    private final int to;
    private final Path outputDirectory;
    private volatile RunRecord.Output firstChanged;
    private volatile boolean finished;

    SecondHalf(List<RunRecord.Output> outputs, int from, int to, Path outputDirectory) {
      this.outputs = outputs;
      this.from = from;
      this.to = to;
      this.outputDirectory = outputDirectory;
    }

    @Override
    public void run() {
      firstChanged = firstChanged(outputs, from, to, outputDirectory);
      finished = true;
    }
  }
}
