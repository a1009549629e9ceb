package dev.asyncgen.core.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One asyncgen run at a time per output directory: an exclusive lock on a file in it. The lock
 * ends with its process, so a killed run never leaves a stale lock.
 */
final class FolderLock implements AutoCloseable {
  private static final long POLL_MILLIS = 20;

  // File locks belong to the whole JVM, and closing any channel on the file may drop them; so runs
  // in one JVM (a parallel Maven build) take turns here first, and only one opens the file.
  private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;

  private FolderLock(Path key, FileChannel channel) {
    this.key = key;
    this.channel = channel;
  }

  /**
   * Locks {@code lockFile}, waiting up to {@code timeout} for another run to finish.
   *
   * @param directory the output directory, as the message names it
   * @throws OutputException when the wait times out, or the file cannot be locked
   */
  static FolderLock acquire(Path directory, Path lockFile, Duration timeout) {
    Path key = keyOf(lockFile);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (HELD_IN_THIS_JVM.add(key)) {
        FileChannel channel = tryLock(key, lockFile);
        if (channel != null) {
          return new FolderLock(key, channel);
        }
        HELD_IN_THIS_JVM.remove(key);
      }
      if (System.nanoTime() - deadline > 0) {
        throw new OutputException("another asyncgen run is writing into " + directory + "; gave up after waiting "
            + timeout.toMillis() + " ms; run again once it has finished");
      }
      pause(directory);
    }
  }

  // The real path, so that runs naming one directory differently (through a link) still take turns.
  private static Path keyOf(Path lockFile) {
    try {
      return lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
    } catch (IOException e) {
      return lockFile.toAbsolutePath().normalize();
    }
  }

  private static FileChannel tryLock(Path key, Path lockFile) {
    FileChannel channel = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return channel;
      }
    } catch (OverlappingFileLockException e) {
      // Held through another channel in this JVM, outside HELD_IN_THIS_JVM: busy, like another process.
    } catch (IOException e) {
      closeQuietly(channel);
      HELD_IN_THIS_JVM.remove(key);
      throw new OutputException("cannot lock " + lockFile + ": " + IoReasons.of(e));
    }
    closeQuietly(channel);
    return null;
  }

  private static void pause(Path directory) {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutputException("interrupted while waiting for another asyncgen run to finish writing into "
          + directory);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing was locked through it.
      }
    }
  }

  /** Releases the lock; the file stays, so that a waiting run locks the same file. */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // Closing releases the lock even when it reports an error.
    } finally {
      HELD_IN_THIS_JVM.remove(key);
    }
  }
}
