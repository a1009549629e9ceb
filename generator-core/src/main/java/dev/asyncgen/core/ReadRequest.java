package dev.asyncgen.core;

import dev.asyncgen.core.load.LoadLimits;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to read and how.
 *
 * @param spec the root spec file, as the user named it
 * @param allowRemoteRefs whether {@code http(s)} references may be fetched (off by default: a
 *     build must not reach the network behind the user's back)
 * @param limits bounds on each file read
 */
public record ReadRequest(Path spec, boolean allowRemoteRefs, LoadLimits limits) {
  public ReadRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(limits, "limits");
  }

  public static ReadRequest of(Path spec) {
    return new ReadRequest(spec, false, LoadLimits.defaults());
  }

  public ReadRequest withAllowRemoteRefs(boolean allow) {
    return new ReadRequest(spec, allow, limits);
  }

  public ReadRequest withLimits(LoadLimits newLimits) {
    return new ReadRequest(spec, allowRemoteRefs, newLimits);
  }
}
