package dev.asyncgen.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Parses sources with javac, without compiling them: cheap enough for every try of a property. */
final class JavaSyntax {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  private JavaSyntax() {}

  /** Asserts that every file parses as Java. */
  static void assertParses(Map<String, String> files) {
    List<JavaFileObject> sources = files.entrySet().stream()
        .<JavaFileObject>map(file -> new Source(file.getKey(), file.getValue()))
        .toList();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = (JavacTask) JAVAC.getTask(null, null, diagnostics, List.of("-proc:none"), null, sources);
    try {
      task.parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(List.of(), diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
        .toList());
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
