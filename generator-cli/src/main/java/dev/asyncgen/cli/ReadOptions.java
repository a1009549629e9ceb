package dev.asyncgen.cli;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.load.LoadLimits;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command that reads a spec shares. */
final class ReadOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--allow-remote-refs",
      description = "Fetch http(s) $refs. Off by default: asyncgen does not reach the network unless asked.")
  boolean allowRemoteRefs;

  @Option(names = "--max-spec-size", paramLabel = "BYTES", converter = OptionConverters.SpecSize.class,
      description = "Largest spec file read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSpecBytes = LoadLimits.DEFAULT_MAX_BYTES;

  @Option(names = "--ref-root", paramLabel = "DIR",
      description = "Folder that file $refs must stay in; it must hold the spec (default: the spec's folder)."
          + " Widen it for specs that share files, as in $ref: ../common/messages.yaml.")
  Path refRoot;

  /** @throws ParameterException when {@code --ref-root} does not hold {@code spec} */
  ReadRequest request(Path spec) {
    ReadRequest request = new ReadRequest(spec, allowRemoteRefs, LoadLimits.defaults().withMaxBytes(maxSpecBytes));
    try {
      return refRoot == null ? request : request.withRefRoot(refRoot);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), "--ref-root: " + e.getMessage());
    }
  }
}
