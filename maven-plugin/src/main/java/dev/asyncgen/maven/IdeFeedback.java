package dev.asyncgen.maven;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.SourcePosition;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.codehaus.plexus.build.BuildContext;

/**
 * What an IDE running the build (Eclipse m2e) needs to hear through the {@link BuildContext}: which
 * generated files changed, so that it compiles them, and where the spec's errors are, as markers.
 * On the command line the build context only passes through to the file system and the log.
 */
final class IdeFeedback {
  private final BuildContext buildContext;

  IdeFeedback(BuildContext buildContext) {
    this.buildContext = Objects.requireNonNull(buildContext, "buildContext");
  }

  /** Clears the markers an earlier run put on the spec. */
  void startingOn(File spec) {
    buildContext.removeMessages(spec);
  }

  /** The generator wrote or removed files in {@code outputDirectory}. */
  void outputChanged(Path outputDirectory) {
    buildContext.refresh(outputDirectory.toFile());
  }

  /** One marker per problem that has a position in a local file; the build fails with all of them anyway. */
  void problems(List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      SourcePosition position = diagnostic.position();
      if (position == null || !"file".equals(position.file().uri().getScheme())) {
        continue;
      }
      buildContext.addMessage(Path.of(position.file().uri()).toFile(), position.line(), position.column(),
          diagnostic.message(),
          diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
    }
  }
}
