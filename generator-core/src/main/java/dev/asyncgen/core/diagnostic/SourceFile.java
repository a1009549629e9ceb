package dev.asyncgen.core.diagnostic;

import java.net.URI;
import java.util.Objects;

/**
 * One loaded document: where it was read from, and the path users see in messages.
 *
 * <p>The display path is relative (as typed on the command line, or relative to the root spec's
 * folder) so that messages and generated headers never leak absolute paths.
 */
public record SourceFile(URI uri, String displayPath) {
  public SourceFile {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(displayPath, "displayPath");
  }

  @Override
  public String toString() {
    return displayPath;
  }
}
