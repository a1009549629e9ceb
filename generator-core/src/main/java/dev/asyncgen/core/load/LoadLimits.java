package dev.asyncgen.core.load;

/**
 * Bounds that keep a hostile document from exhausting memory or the stack. The defaults are far
 * above any real AsyncAPI document.
 *
 * @param maxBytes largest file read, in bytes
 * @param maxDepth deepest nesting of objects and lists
 * @param maxAliases most YAML aliases ({@code *name}) in one file
 * @param maxNodes most nodes a file may expand to once aliases are counted at every use
 */
public record LoadLimits(long maxBytes, int maxDepth, int maxAliases, long maxNodes) {
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

  public static LoadLimits defaults() {
    return new LoadLimits(DEFAULT_MAX_BYTES, 256, 200, 2_000_000);
  }

  /** Refuses a file over {@link #maxBytes()}, naming the options that raise the limit. */
  void checkSize(dev.asyncgen.core.diagnostic.SourceFile file, long size) {
    if (size > maxBytes) {
      throw new dev.asyncgen.core.diagnostic.SpecException(new dev.asyncgen.core.diagnostic.SourcePosition(file, 1, 1),
          String.format(java.util.Locale.ROOT, "the file is %,d bytes, over the limit of %,d bytes"
              + " (raise it with --max-spec-size, or maxSpecSize in the Maven plugin)", size, maxBytes));
    }
  }

  public LoadLimits withMaxBytes(long bytes) {
    return new LoadLimits(bytes, maxDepth, maxAliases, maxNodes);
  }

  public LoadLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("load limits must be positive");
    }
  }
}
