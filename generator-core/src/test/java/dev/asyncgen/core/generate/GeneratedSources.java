package dev.asyncgen.core.generate;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles generated sources for tests in other packages. */
public final class GeneratedSources {
  private GeneratedSources() {}

  /** Asserts that the files compile with -Xlint:all and no warnings. */
  public static void assertCompiles(Map<String, String> files) {
    GeneratedCode.compile(files);
  }

  /** Compiles the files with user code beside them, as a user's build would, asserting nothing. */
  public static Compilation compileWith(Map<String, String> files, JavaFileObject... userCode) {
    return GeneratedCode.compilation(files, List.of(userCode));
  }
}
