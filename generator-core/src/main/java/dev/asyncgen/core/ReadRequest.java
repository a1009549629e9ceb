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
 * @param refRoot the folder every file a {@code $ref} names must be in, holding the spec; null for the
 *     spec's own folder (a wider one lets specs share files, as in {@code ../common/messages.yaml})
 */
public record ReadRequest(Path spec, String displayPath, boolean allowRemoteRefs, LoadLimits limits, Path refRoot) {
  /** @throws IllegalArgumentException when the spec path is empty, or {@code refRoot} is no folder holding it */
  public ReadRequest {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(limits, "limits");
    PathOptions.spec(spec);
    if (refRoot != null) {
      PathOptions.refRoot(refRoot, spec);
    }
  }

  public ReadRequest(Path spec, String displayPath, boolean allowRemoteRefs, LoadLimits limits) {
    this(spec, displayPath, allowRemoteRefs, limits, null);
  }

  public ReadRequest(Path spec, boolean allowRemoteRefs, LoadLimits limits) {
    this(spec, DisplayPaths.of(spec), allowRemoteRefs, limits);
  }

  public static ReadRequest of(Path spec) {
    return new ReadRequest(spec, false, LoadLimits.defaults());
  }

  public ReadRequest withDisplayPath(String path) {
    return new ReadRequest(spec, path, allowRemoteRefs, limits, refRoot);
  }

  public ReadRequest withAllowRemoteRefs(boolean allow) {
    return new ReadRequest(spec, displayPath, allow, limits, refRoot);
  }

  public ReadRequest withLimits(LoadLimits newLimits) {
    return new ReadRequest(spec, displayPath, allowRemoteRefs, newLimits, refRoot);
  }

  /** @throws IllegalArgumentException when {@code folder} is not a folder holding the spec */
  public ReadRequest withRefRoot(Path folder) {
    return new ReadRequest(spec, displayPath, allowRemoteRefs, limits, folder);
  }
}
