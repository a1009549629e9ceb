package dev.asyncgen.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.EachVersion;
import dev.asyncgen.core.SpecShape;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files are read, never more than the size limit. The timeout detects a hang (a
 * FIFO blocks the reader until someone writes); it runs the test in a thread of its own, because
 * a blocked open cannot be interrupted.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RegularFilesOnlyTest {
  private static final String NOT_REGULAR =
      "is not a regular file (a FIFO, device or socket); asyncgen reads only regular files";

  @TempDir Path dir;
  private Path fifo;

  @Test
  void fifoAsTheSpecIsRefused() {
    Path spec = fifo("spec.yaml");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly("error: spec.yaml " + NOT_REGULAR);
  }

  @EachVersion
  void fifoAsAReferenceTargetIsRefusedAtTheReference(SpecShape shape) {
    fifo("common.yaml");

    SpecException e = Specs.readFailing(rootReferring(shape, "common.yaml#/X"));

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:10:17: error: referenced file common.yaml " + NOT_REGULAR);
  }

  @Test
  void deviceAsTheSpecIsRefused() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");

    SpecException e = Specs.readFailing(zero);

    assertThat(Specs.messages(e)).containsExactly("error: zero " + NOT_REGULAR);
  }

  @EachVersion
  void folderAsAReferenceTargetIsRefusedAtTheReference(SpecShape shape) throws IOException {
    Files.createDirectories(dir.resolve("common"));

    SpecException e = Specs.readFailing(rootReferring(shape, "common#/X"));

    assertThat(Specs.messages(e)).containsExactly(
        "root.yaml:10:17: error: referenced file common is a directory, not a spec file");
  }

  /** Root bypasses file permissions, so this runs only where the permission takes effect. */
  @Test
  void unreadableFileIsRefusedWithoutItsAbsolutePath() throws IOException {
    Path spec = Specs.write(dir.resolve("secret.yaml"), Specs.HEADER);
    Files.setPosixFilePermissions(spec, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(spec), "file permissions do not apply to this user");

    SpecException e = Specs.readFailing(spec);

    assertThat(Specs.messages(e)).containsExactly(
        "error: secret.yaml cannot be read: permission denied");
  }

  /** A file that grows after its size was checked, or a stream of unknown length, stops at the limit. */
  @Test
  void readingStopsOnePastTheLimit() {
    AtomicLong served = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return 'a';
      }
    };
    LoadLimits limits = LoadLimits.defaults().withMaxBytes(1_000);
    SourceFile file = new SourceFile(dir.resolve("growing.yaml").toUri(), "growing.yaml");

    SpecException e = catchThrowableOfType(SpecException.class,
        () -> limits.readAtMost(file, endless));

    assertThat(Specs.messages(e)).containsExactly("growing.yaml:1:1: error: the file is over the limit of 1,000 "
        + "bytes (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)");
    assertThat(served).hasValue(1_001);
  }

  @Test
  void fileAtTheLimitIsRead() {
    String spec = Specs.HEADER + "channels: {}\n";
    Path path = Specs.write(dir.resolve("exact.yaml"), spec);
    ReadRequest request = ReadRequest.of(path).withLimits(LoadLimits.defaults().withMaxBytes(spec.length()));

    assertThat(SpecReader.read(request).api().channels()).isEmpty();
  }

  /** Opening a FIFO for reading and writing never blocks, and lets a reader stuck in open() go on. */
  @AfterEach
  void unblockReaders() throws IOException {
    if (fifo != null) {
      new RandomAccessFile(fifo.toFile(), "rw").close();
    }
  }

  private Path fifo(String name) {
    fifo = dir.resolve(name);
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      assumeTrue(false, "interrupted");
    }
    return fifo;
  }

  private Path rootReferring(SpecShape shape, String ref) {
    return Specs.rootReferring(shape, dir, ref);
  }
}
