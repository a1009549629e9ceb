package dev.asyncgen.bench;

import dev.asyncgen.core.DocumentReader;
import dev.asyncgen.core.Generator;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.emit.JavaSources;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.model.WildcardEventNames;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.JavaPlan;
import dev.asyncgen.core.naming.JavaPlanner;
import dev.asyncgen.core.validate.ExampleValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process generation of the Appwrite spec, warm: each stage on its own, then all of them
 * ({@code generate} is {@link SourceGenerator#generate}: load, resolve, naming, emit, in memory),
 * and a regeneration with nothing changed, files compared on disk.
 * Each stage starts from the previous stage's result, computed once in setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppwriteStages {
  private static final GenerationOptions OPTIONS = GenerationOptions.forPackage("io.appwrite.realtime");

  private ReadRequest request;
  private Path output;
  private SourceFile rootFile;
  private SpecFiles loaded;
  private List<MapNode> messages;
  private AsyncApi api;
  private JavaPlan plan;

  @Setup
  public void setUp() {
    Path spec = SpecFilesOnDisk.appwrite();
    request = ReadRequest.of(spec);
    rootFile = new SourceFile(spec.toUri(), "specs/appwrite-realtime.yaml");
    loaded = new SpecFiles(LoadLimits.defaults());
    SpecNode root = loaded.load(rootFile, null);
    messages = componentMessages(root);
    api = DocumentReader.read(rootFile, loaded, false, new Diagnostics());
    plan = JavaPlanner.plan(api, OPTIONS, new Diagnostics());
    output = spec.resolveSibling("out");
    Generator.generate(new Generator.Request(request, OPTIONS, output));
  }

  /** Reading the file and parsing the YAML into position-carrying nodes. */
  @Benchmark
  public SpecNode load() {
    return new SpecFiles(LoadLimits.defaults()).load(rootFile, null);
  }

  /** References, traits, allOf, the model, semantic checks and the example checks, on a loaded document. */
  @Benchmark
  public AsyncApi resolve() {
    return DocumentReader.read(rootFile, loaded, false, new Diagnostics());
  }

  /** The part of {@code resolve} that checks message examples against their schemas (networknt). */
  @Benchmark
  public Diagnostics resolveExamplesOnly() {
    Diagnostics diagnostics = new Diagnostics();
    ExampleValidator examples = new ExampleValidator(loaded::loaded, WildcardEventNames::fits);
    for (MapNode message : messages) {
      examples.check("message", message, diagnostics);
    }
    return diagnostics;
  }

  /** Every Java name and type decided. */
  @Benchmark
  public JavaPlan naming() {
    return JavaPlanner.plan(api, OPTIONS, new Diagnostics());
  }

  /** JavaPoet renders every file to text. */
  @Benchmark
  public SortedMap<String, String> emit() {
    return JavaSources.render(plan, "specs/appwrite-realtime.yaml");
  }

  /** All stages, from the file on disk to the sources in memory. */
  @Benchmark
  public SourceGenerator.Sources generate() {
    return SourceGenerator.generate(request, OPTIONS);
  }

  /**
   * What a build pays in a warm JVM when the spec did not change and nothing skips generation:
   * everything generated in memory, compared with the files on disk, nothing written.
   */
  @Benchmark
  public Generator.Result regenerateUnchanged() {
    Generator.Result result = Generator.generate(new Generator.Request(request, OPTIONS, output));
    if (!result.summary().written().isEmpty()) {
      throw new IllegalStateException("expected nothing to be written");
    }
    return result;
  }

  private static List<MapNode> componentMessages(SpecNode root) {
    MapNode components = (MapNode) ((MapNode) root).get("components");
    MapNode messages = (MapNode) components.get("messages");
    return messages.keys().stream().map(key -> (MapNode) messages.get(key)).toList();
  }
}
