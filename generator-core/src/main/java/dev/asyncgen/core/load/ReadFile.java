package dev.asyncgen.core.load;

import java.net.URI;
import java.util.Objects;

/**
 * A spec file as it was read: where from, and the SHA-256 of the exact bytes parsed, so that a
 * caller can tell later whether the file still holds what was generated from.
 *
 * @param uri the file's URI, as the reader resolved it
 * @param sha256 64 lower-case hex digits
 */
public record ReadFile(URI uri, String sha256) {
  public ReadFile {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(sha256, "sha256");
  }
}
