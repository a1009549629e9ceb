package dev.asyncgen.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = AsyncgenCommand.class.getPackage().getImplementationVersion();
    return new String[] {"asyncgen " + (version == null ? "development build" : version)};
  }
}
