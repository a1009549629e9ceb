package dev.asyncgen.cli;

import dev.asyncgen.core.AsyncgenVersion;
import dev.asyncgen.core.validate.DocumentVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code asyncgen --version}: the generator's version and the AsyncAPI versions it reads. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
        "asyncgen " + AsyncgenVersion.current(),
        "reads AsyncAPI " + DocumentVersion.READ_VERSIONS,
    };
  }
}
