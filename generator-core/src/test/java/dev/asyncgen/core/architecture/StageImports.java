package dev.asyncgen.core.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which core packages each core package refers to, read from the source text: imports, static
 * imports and fully qualified names alike (a qualified name is a dependency an import would show).
 */
final class StageImports {
  static final String CORE = "dev.asyncgen.core";
  /** {@code dev.asyncgen.core.resolve.} or the root package's {@code dev.asyncgen.core.SpecReader}. */
  private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.asyncgen\\.core\\.([a-z]\\w*\\.|[A-Z]\\w*)");

  /** One package referring to another, from one file. */
  record Reference(String from, String to, String file) {
    @Override
    public String toString() {
      return file + " refers to package " + to;
    }
  }

  private StageImports() {}

  /**
   * Every reference from one core package to another under {@code sourceRoot} (a {@code src/main/java});
   * the root package {@code dev.asyncgen.core} is called {@code (root)}.
   */
  static List<Reference> references(Path sourceRoot) {
    Path core = sourceRoot.resolve(CORE.replace('.', '/'));
    List<Reference> references = new ArrayList<>();
    try (Stream<Path> files = Files.walk(core)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String from = packageOf(core.relativize(file));
        for (String to : referencedPackages(Files.readString(file))) {
          if (!to.equals(from)) {
            references.add(new Reference(from, to, core.relativize(file).toString()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return references;
  }

  private static String packageOf(Path relative) {
    return relative.getNameCount() == 1 ? "(root)" : relative.getName(0).toString();
  }

  private static Set<String> referencedPackages(String source) {
    Set<String> packages = new TreeSet<>();
    Matcher m = REFERENCE.matcher(source);
    while (m.find()) {
      String name = m.group(1);
      packages.add(name.endsWith(".") ? name.substring(0, name.length() - 1) : "(root)");
    }
    return packages;
  }
}
