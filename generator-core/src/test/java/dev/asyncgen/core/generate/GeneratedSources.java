package dev.asyncgen.core.generate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
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
    List<JavaFileObject> sources = new ArrayList<>(List.of(userCode));
    files.forEach((path, text) -> sources.add(JavaFileObjects.forSourceString(
        path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
    return Compiler.javac()
        .withClasspath(List.of(GeneratedCode.jarOf(JsonProperty.class), GeneratedCode.jarOf(ObjectMapper.class)))
        .compile(sources);
  }
}
