package dev.asyncgen.core.generate;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.testsupport.StrictCompilation;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Generates, compiles (as a user's build would, with only jackson-annotations) and loads generated code. */
public final class GeneratedCode {
  static final Path APPWRITE = Path.of("../specs/appwrite-realtime.yaml");
  static final String APPWRITE_DISPLAY = "specs/appwrite-realtime.yaml";
  static final String APPWRITE_PACKAGE = "io.appwrite.realtime";

  private GeneratedCode() {}

  static SourceGenerator.Sources appwrite() {
    return SourceGenerator.generate(ReadRequest.of(APPWRITE).withDisplayPath(APPWRITE_DISPLAY),
        GenerationOptions.forPackage(APPWRITE_PACKAGE));
  }

  /** The Appwrite output with the {@code Realtime} facade ({@code --realtime}). */
  static SourceGenerator.Sources appwriteWithRealtime() {
    return SourceGenerator.generate(ReadRequest.of(APPWRITE).withDisplayPath(APPWRITE_DISPLAY),
        GenerationOptions.forPackage(APPWRITE_PACKAGE).withRealtime(true));
  }

  /**
   * Generates from {@code document} written to a temporary file, for property tests: null when the spec is refused
   * with a {@code SpecException}; either way the statistics say which.
   */
  static Map<String, String> generateOrNull(String document, GenerationOptions options) throws IOException {
    Path spec = Files.createTempFile("property", ".json");
    try {
      Files.writeString(spec, document);
      Map<String, String> files = SourceGenerator.generate(ReadRequest.of(spec), options).files();
      net.jqwik.api.statistics.Statistics.collect("generated");
      return files;
    } catch (dev.asyncgen.core.diagnostic.SpecException refused) {
      net.jqwik.api.statistics.Statistics.collect("refused as a spec error");
      return null;
    } finally {
      Files.delete(spec);
    }
  }

  static SourceGenerator.Sources generate(Path spec, String packageName) {
    return SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage(packageName));
  }

  /**
   * Options a user's strictest build might use: every lint, warnings as errors, and javadoc's doclint
   * (all groups but missing comments, public and private members alike). javac runs doclint as it
   * compiles, so this costs no separate javadoc run and finds the same problems in the same text.
   */
  static final List<String> STRICT_OPTIONS = StrictCompilation.OPTIONS;

  /** Compiles with {@link #STRICT_OPTIONS}, asserting success without a single warning; loads the classes. */
  static ClassLoader compile(Map<String, String> files, String... probeResources) {
    return compile(List.of(jarOf(JsonProperty.class)), files, probeResources);
  }

  /** As {@link #compile(Map, String...)}, with the runtime {@code asyncgen-realtime} on the class path too. */
  static ClassLoader compileWithRealtime(Map<String, String> files) {
    return compile(List.of(jarOf(JsonProperty.class), jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
        jarOf(com.fasterxml.jackson.core.ObjectCodec.class), jarOf(dev.asyncgen.realtime.RealtimeClient.class),
        jarOf(dev.asyncgen.runtime.Backoff.class)),
        files);
  }

  /**
   * As {@link #compile(Map, String...)}, with {@code jakarta.validation-api} on the class path too, as code generated
   * with {@code --bean-validation} needs.
   */
  public static ClassLoader compileWithValidation(Map<String, String> files, String... probeResources) {
    return compile(List.of(jarOf(JsonProperty.class), jarOf(com.fasterxml.jackson.databind.ObjectMapper.class),
        jarOf(jakarta.validation.Valid.class)), files, probeResources);
  }

  private static ClassLoader compile(List<File> classpath, Map<String, String> files, String... probeResources) {
    Compilation compilation = strictCompilation(classpath, files, probeResources);
    assertThat(compilation).succeededWithoutWarnings();
    return StrictCompilation.load(compilation, GeneratedCode.class.getClassLoader());
  }

  /**
   * Compiles as {@link #compile(Map, String...)} does, for tests that tell many documents' code apart
   * (corpus runs): every error and warning javac reports, none when the code compiles cleanly.
   */
  public static List<Diagnostic<? extends JavaFileObject>> strictCompileProblems(Map<String, String> files) {
    Compilation compilation = strictCompilation(List.of(jarOf(JsonProperty.class)), files);
    List<Diagnostic<? extends JavaFileObject>> problems = new ArrayList<>(compilation.errors());
    problems.addAll(compilation.warnings());
    return problems;
  }

  private static Compilation strictCompilation(List<File> classpath, Map<String, String> files,
      String... probeResources) {
    List<JavaFileObject> sources = new ArrayList<>();
    files.forEach((path, text) -> sources.add(JavaFileObjects.forSourceString(
        path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
    for (String probe : probeResources) {
      sources.add(JavaFileObjects.forResource(probe));
    }
    return Compiler.javac()
        .withOptions(STRICT_OPTIONS)
        .withClasspath(classpath)
        .compile(sources);
  }

  /** Compiles as {@link #compile} does; the binary names of every class compiled ({@code a.B$C}). */
  static Set<String> compiledClasses(Map<String, String> files) {
    Compilation compilation = strictCompilation(List.of(jarOf(JsonProperty.class)), files);
    assertThat(compilation).succeededWithoutWarnings();
    return StrictCompilation.classNames(compilation);
  }

  /** The top-level types the files declare by their names: {@code a/B.java} -> {@code a.B}. */
  static Set<String> fileTypes(Map<String, String> files) {
    return files.keySet().stream()
        .map(path -> path.substring(0, path.length() - ".java".length()).replace('/', '.'))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Calls a public static method of a loaded class; exceptions it throws are rethrown as they are. */
  static Object call(ClassLoader loader, String className, String method, Object... arguments) throws Throwable {
    Class<?> type = loader.loadClass(className);
    for (Method candidate : type.getMethods()) {
      if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
        try {
          return candidate.invoke(null, arguments);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      }
    }
    throw new NoSuchMethodException(className + "." + method);
  }

  /** Calls a public no-argument method of an object (a record accessor, say). */
  static Object get(Object target, String method) throws ReflectiveOperationException {
    Method accessor = target.getClass().getMethod(method);
    accessor.setAccessible(true);
    return accessor.invoke(target);
  }

  static void writeTo(Path directory, Map<String, String> files) {
    files.forEach((path, text) -> {
      try {
        Path file = directory.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
