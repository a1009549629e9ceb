package dev.asyncgen.core.generate;

import java.util.Map;

/** Compiles generated sources for tests in other packages. */
public final class GeneratedSources {
  private GeneratedSources() {}

  /** Asserts that the files compile with -Xlint:all and no warnings. */
  public static void assertCompiles(Map<String, String> files) {
    GeneratedCode.compile(files);
  }
}
