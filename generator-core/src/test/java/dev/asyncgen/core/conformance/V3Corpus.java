package dev.asyncgen.core.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The documents of the folder {@code shared/corpus/fetch-v3-corpus.sh} writes: the 3.0
 * specification's examples, and the official converter's 3.0 twins of the 2.x corpus
 * ({@code node convert.js IN OUT}). Converting takes node about 10 s, so it is done once per test JVM
 * and shared by every test that reads the twins.
 *
 * <p>Each twin is written into a copy of its original's folder (under {@code target/}, never into the
 * corpus), so the relative file {@code $ref}s the converter carries over still find their files.
 */
public final class V3Corpus {
  private static final Path TWINS = Path.of("target/v3-corpus-twins");
  private static List<Twin> twins;

  private V3Corpus() {}

  /**
   * A 2.x corpus document and its conversion.
   *
   * @param source the original, relative to the 2.x corpus
   * @param schemaCheck what the official 2.x schemas said of the original (INDEX.tsv)
   * @param file the converted document
   */
  public record Twin(String source, String schemaCheck, Path file) {
    /** How tests name the twin: {@code converted/} and the original's path with {@code /} as {@code _}. */
    public String name() {
      return "converted/" + source.replace('/', '_') + ".json";
    }
  }

  /** A folder named by an environment variable, or null when it is not set. */
  public static Path folder(String variable) {
    String dir = System.getenv(variable);
    return dir == null || dir.isBlank() ? null : Path.of(dir);
  }

  /**
   * The specification's examples in {@code docs/} by path relative to the corpus, sorted: YAML and
   * JSON files, not the fetch script's markers ({@code .done}).
   */
  public static Map<String, Path> examples(Path v3Corpus) throws IOException {
    Map<String, Path> examples = new LinkedHashMap<>();
    try (Stream<Path> docs = Files.list(v3Corpus.resolve("docs"))) {
      docs.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().matches("[^.].*\\.(ya?ml|json)"))
          .sorted().forEach(file -> examples.put(v3Corpus.relativize(file).toString(), file));
    }
    return examples;
  }

  /**
   * The twin of every 2.x corpus document that the converter converts, in INDEX.tsv order; none when
   * {@code ASYNCAPI_CORPUS}, the v3 corpus's {@code convert.js} or {@code node} is missing.
   */
  public static synchronized List<Twin> twins(Path v3Corpus) {
    if (twins == null) {
      twins = convert(v3Corpus);
    }
    return twins;
  }

  private static List<Twin> convert(Path v3Corpus) {
    try {
      CorpusIndex index = CorpusIndex.fromEnvironment();
      Path converter = v3Corpus.resolve("convert.js");
      if (index == null || !Files.isRegularFile(converter) || !nodeIsAvailable()) {
        return List.of();
      }
      deleteTree(TWINS);
      Set<Path> copied = new HashSet<>();
      List<Twin> out = new ArrayList<>();
      for (CorpusIndex.Row row : index.rows()) {
        Path original = index.directory().resolve(row.file());
        Path folder = TWINS.resolve(row.file()).getParent();
        if (copied.add(folder)) {
          copyTree(original.getParent(), folder);
        }
        Path target = folder.resolve(twinName(original.getFileName().toString()));
        if (convert(converter, original, target)) {
          out.add(new Twin(row.file(), row.schemaCheck(), target));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code streetlights.yml} -> {@code streetlights.v3.yml}: the converter keeps the format. */
  private static String twinName(String original) {
    int dot = original.lastIndexOf('.');
    return original.substring(0, dot) + ".v3" + original.substring(dot);
  }

  private static boolean convert(Path converter, Path original, Path target) throws IOException {
    Process process = new ProcessBuilder("node", converter.toString(), original.toString(), target.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (process.waitFor(60, TimeUnit.SECONDS)) {
        return process.exitValue() == 0 && Files.isRegularFile(target);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
    return false;
  }

  /** Whether {@code node} runs at all. */
  public static boolean nodeIsAvailable() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.filter(p -> !Files.isSymbolicLink(p)).toList()) {
        Path copy = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(copy);
        } else if (Files.isRegularFile(path)) {
          Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
