package dev.asyncgen.testsupport;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.tools.JavaFileObject;

/**
 * Compiles generated code as a user's strictest build would, in memory, and loads the classes: what the modules'
 * tests of generated code share.
 */
public final class StrictCompilation {
    /** Every lint, warnings as errors, and doclint (all groups but missing comments, private members too). */
    public static final List<String> OPTIONS = List.of("-Xlint:all", "-Werror", "-Xdoclint:all/private,-missing");

    private StrictCompilation() {}

    /** The jar or classes folder {@code type} is loaded from, for a compile class path. */
    public static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source file for each path ({@code a/b/C.java}) and text. */
    public static List<JavaFileObject> sources(Map<String, String> files) {
        List<JavaFileObject> sources = new ArrayList<>();
        files.forEach((path, text) -> sources.add(JavaFileObjects.forSourceString(
                path.substring(0, path.length() - ".java".length()).replace('/', '.'), text)));
        return sources;
    }

    /** Compiles with {@link #OPTIONS}; the compilation, whatever it found. */
    public static Compilation compile(List<File> classpath, List<JavaFileObject> sources) {
        return Compiler.javac().withOptions(OPTIONS).withClasspath(classpath).compile(sources);
    }

    /**
     * Compiles {@code files} with {@link #OPTIONS} against {@code classpath}, asserting success without a single
     * warning, and loads the classes (through {@code parent} for everything else).
     */
    public static ClassLoader compileAndLoad(Map<String, String> files, List<File> classpath, ClassLoader parent) {
        Compilation compilation = compile(classpath, sources(files));
        assertThat(compilation).succeededWithoutWarnings();
        return load(compilation, parent);
    }

    /** Defines classes straight from compile-testing's in-memory class files. */
    public static ClassLoader load(Compilation compilation, ClassLoader parent) {
        return new CompiledClassLoader(classFiles(compilation), parent);
    }

    /** The binary names ({@code a.B$C}) of every class the compilation wrote. */
    public static Set<String> classNames(Compilation compilation) {
        return new TreeSet<>(classFiles(compilation).keySet());
    }

    private static Map<String, JavaFileObject> classFiles(Compilation compilation) {
        String output = "/CLASS_OUTPUT/";
        Map<String, JavaFileObject> classFiles = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                String path = file.toUri().getPath();
                String name = path.substring(path.indexOf(output) + output.length(),
                        path.length() - ".class".length()).replace('/', '.');
                classFiles.put(name, file);
            }
        }
        return classFiles;
    }

    private static final class CompiledClassLoader extends ClassLoader {
        private final Map<String, JavaFileObject> classFiles;

        CompiledClassLoader(Map<String, JavaFileObject> classFiles, ClassLoader parent) {
            super(parent);
            this.classFiles = classFiles;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = classFiles.get(name);
            if (file == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
