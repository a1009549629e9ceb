package dev.asyncgen.core.load;

import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Bounds that keep a hostile document from exhausting memory or the stack. The defaults are far
 * above any real AsyncAPI document.
 *
 * @param maxBytes largest file read, in bytes: from 1 to {@link #MAX_MAX_BYTES}
 * @param maxDepth deepest nesting of objects and lists
 * @param maxAliases most YAML aliases ({@code *name}) in one file
 * @param maxNodes most nodes a file may expand to once aliases are counted at every use
 */
public record LoadLimits(long maxBytes, int maxDepth, int maxAliases, long maxNodes) {
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  /** The highest {@link #maxBytes()} accepted: a spec that large would already need gigabytes of heap. */
  public static final long MAX_MAX_BYTES = 1024L * 1024 * 1024;

  public LoadLimits {
    if (maxBytes < 1 || maxBytes > MAX_MAX_BYTES) {
      // The rule behind --max-spec-size and the plugin's maxSpecSize, worded for both.
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "the largest spec size must be from 1 to %,d bytes (1 GiB), not %,d", MAX_MAX_BYTES, maxBytes));
    }
    if (maxDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("load limits must be positive");
    }
  }

  public static LoadLimits defaults() {
    return new LoadLimits(DEFAULT_MAX_BYTES, 256, 200, 2_000_000);
  }

  /** @throws IllegalArgumentException when {@code bytes} is not from 1 to {@link #MAX_MAX_BYTES} */
  public LoadLimits withMaxBytes(long bytes) {
    return new LoadLimits(bytes, maxDepth, maxAliases, maxNodes);
  }

  /** Refuses a file of {@code size} bytes when that is over {@link #maxBytes()}. */
  void checkSize(SourceFile file, long size) {
    if (size > maxBytes) {
      throw overLimit(file, String.format(Locale.ROOT, "the file is %,d bytes, over", size));
    }
  }

  /**
   * Reads {@code in} to its end, refusing it once it passes {@link #maxBytes()}: a stream whose
   * size was not known, or a file that grew after its size was checked, is never read whole.
   */
  byte[] readAtMost(SourceFile file, InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw overLimit(file, "the file is over");
    }
    return bytes;
  }

  private SpecException overLimit(SourceFile file, String howLarge) {
    return new SpecException(new SourcePosition(file, 1, 1), String.format(Locale.ROOT,
        "%s the limit of %,d bytes (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)",
        howLarge, maxBytes));
  }
}
