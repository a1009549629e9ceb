package dev.asyncgen.core;

import dev.asyncgen.core.load.LoadLimits;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What to read and how.
 *
 * @param spec the root spec file
 * @param displayPath how messages and generated headers name the spec: relative, never absolute
 *     (the CLI passes the path as typed; the Maven plugin, the path relative to the project)
 * @param allowRemoteRefs whether {@code http(s)} references may be fetched (off by default: a
 *     build must not reach the network behind the user's back)
 * @param limits bounds on each file read
 */
public record ReadRequest(Path spec, String displayPath, boolean allowRemoteRefs, LoadLimits limits) {
  public ReadRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(limits, "limits");
    PathOptions.spec(spec);
  }

  public ReadRequest(Path spec, boolean allowRemoteRefs, LoadLimits limits) {
    this(spec, DisplayPaths.of(spec), allowRemoteRefs, limits);
  }

  public static ReadRequest of(Path spec) {
    return new ReadRequest(spec, false, LoadLimits.defaults());
  }

  public ReadRequest withDisplayPath(String path) {
    return new ReadRequest(spec, path, allowRemoteRefs, limits);
  }

  public ReadRequest withAllowRemoteRefs(boolean allow) {
    return new ReadRequest(spec, displayPath, allow, limits);
  }

  public ReadRequest withLimits(LoadLimits newLimits) {
    return new ReadRequest(spec, displayPath, allowRemoteRefs, newLimits);
  }
}
