package dev.asyncgen.core.output;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a child JVM by {@link OutputWriterCrashTest}: writes one version of the crash test's
 * output and, just before replacing its N-th file, prints {@code PAUSED} and waits to be killed.
 * Arguments: output directory, version, N.
 */
public final class PausingWriterMain {
  private PausingWriterMain() {}

  public static void main(String[] args) throws InterruptedException {
    Path out = Path.of(args[0]);
    int version = Integer.parseInt(args[1]);
    int pauseAt = Integer.parseInt(args[2]);
    AtomicInteger replaced = new AtomicInteger();
    new OutputWriter(out).withProgress(path -> {
      if (replaced.incrementAndGet() == pauseAt) {
        System.out.println("PAUSED " + path);
        System.out.flush();
        sleepForever();
      }
    }).write(OutputWriterCrashTest.output(version));
    System.out.println("FINISHED without pausing");
  }

  private static void sleepForever() {
    while (true) {
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        // Only killing the process ends it.
      }
    }
  }
}
