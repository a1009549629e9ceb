package dev.asyncgen.core.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import dev.asyncgen.core.naming.ModelAnnotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile {@code --model-annotation} text either is refused or, written as asyncgen writes it before a class, stays
 * one annotation on that class: it can neither end early and inject code nor swallow what follows.
 */
class ModelAnnotationProperties {
  @Property(tries = 300)
  void anAcceptedAnnotationStaysOneAnnotationOnTheType(@ForAll("hostile") String text) {
    ModelAnnotation annotation;
    try {
      annotation = ModelAnnotation.parse(text);
    } catch (IllegalArgumentException refused) {
      Statistics.collect("refused");
      return;
    }
    Statistics.collect("accepted");
    String written = "@" + annotation.type().canonicalName()
        + (annotation.arguments().isEmpty() ? "" : "(" + annotation.arguments() + ")");
    CompilationUnitTree unit = parse("package p;\n" + written + "\nfinal class Probe { int kept; }\n");
    assertThat(unit.getTypeDecls()).hasSize(1);
    ClassTree probe = (ClassTree) unit.getTypeDecls().get(0);
    assertThat(probe.getSimpleName()).hasToString("Probe");
    assertThat(probe.getModifiers().getAnnotations()).hasSize(1);
    assertThat(probe.getMembers()).hasSize(1);
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> pieces = Arbitraries.of("(", ")", "{", "}", "[", "]", "\"", "'", "\\", "\\\"", "\\u0022", ";",
        "//", "/*", "*/", "\n", " ", ",", "=", "1", "x", "@b.C", "class Q {}", "\"\"\"", "'a'", "\"s\"", ".", "\u202e");
    return pieces.list().ofMaxSize(12).map(list -> "@a.B(" + String.join("", list) + ")");
  }

  private static CompilationUnitTree parse(String source) {
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///p/Probe.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavacTask task = (JavacTask) ToolProvider.getSystemJavaCompiler()
        .getTask(null, null, diagnostics, List.of("-proc:none"), null, List.of(file));
    List<CompilationUnitTree> units = new ArrayList<>();
    try {
      task.parse().forEach(units::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(diagnostics.getDiagnostics()).as(source).isEmpty();
    return units.get(0);
  }
}
