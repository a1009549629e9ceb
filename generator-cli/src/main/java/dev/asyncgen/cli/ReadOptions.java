package dev.asyncgen.cli;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.load.LoadLimits;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a spec shares. */
final class ReadOptions {
  @Option(names = "--allow-remote-refs",
      description = "Fetch http(s) $refs. Off by default: asyncgen does not reach the network unless asked.")
  boolean allowRemoteRefs;

  @Option(names = "--max-spec-size", paramLabel = "BYTES", converter = OptionConverters.SpecSize.class,
      description = "Largest spec file read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSpecBytes = LoadLimits.DEFAULT_MAX_BYTES;

  ReadRequest request(Path spec) {
    return new ReadRequest(spec, allowRemoteRefs, LoadLimits.defaults().withMaxBytes(maxSpecBytes));
  }
}
