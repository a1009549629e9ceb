package dev.asyncgen.cli;

import dev.asyncgen.core.AsyncgenVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code asyncgen --version}: the generator's version and the AsyncAPI versions it reads. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
        "asyncgen " + AsyncgenVersion.current(),
        "reads AsyncAPI " + AsyncgenVersion.ASYNCAPI_VERSIONS,
    };
  }
}
