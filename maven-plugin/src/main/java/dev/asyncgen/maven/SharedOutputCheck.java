package dev.asyncgen.maven;

import dev.asyncgen.core.incremental.RunRecord;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Finds another execution of the plugin, in the same project, that generates into the same
 * directory. Two executions there would each delete the other's files as no longer generated.
 */
final class SharedOutputCheck {
  private SharedOutputCheck() {}

  /**
   * The first of {@code otherExecutionIds} whose last run, as recorded in {@code recordFolder},
   * generated into {@code outputDirectory}. Records of executions no longer configured are
   * ignored, so that a stale one never blocks a build.
   */
  static Optional<String> otherOwner(
      Path recordFolder, Collection<String> otherExecutionIds, Path outputDirectory) {
    return otherExecutionIds.stream()
        .filter(id -> RunRecord.read(RunRecord.file(recordFolder, id))
            .filter(record -> record.outputDirectory().equals(outputDirectory))
            .isPresent())
        .sorted()
        .findFirst();
  }
}
