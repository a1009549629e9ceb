package dev.asyncgen.bench;

import dev.asyncgen.core.DocumentReader;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.emit.JavaSources;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.JavaPlan;
import dev.asyncgen.core.naming.JavaPlanner;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Scaling} stage by stage, as {@link AppwriteStages} does for Appwrite: which stage's time
 * per channel grows with the spec. Each stage starts from the previous stage's result, made once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScalingStages {
  private static final GenerationOptions OPTIONS = GenerationOptions.forPackage("com.example.synthetic");

  @Param({"100", "1000", "10000"})
  public int size;

  private SourceFile rootFile;
  private SpecFiles loaded;
  private AsyncApi api;
  private JavaPlan plan;

  @Setup
  public void setUp() {
    Path spec = SpecFilesOnDisk.synthetic(size);
    rootFile = new SourceFile(spec.toUri(), spec.getFileName().toString());
    loaded = new SpecFiles(LoadLimits.defaults());
    loaded.load(rootFile, null);
    api = DocumentReader.read(rootFile, loaded, false, new Diagnostics());
    plan = JavaPlanner.plan(api, OPTIONS, new Diagnostics());
  }

  @Benchmark
  public SpecNode load() {
    return new SpecFiles(LoadLimits.defaults()).load(rootFile, null);
  }

  @Benchmark
  public AsyncApi resolve() {
    return DocumentReader.read(rootFile, loaded, false, new Diagnostics());
  }

  @Benchmark
  public JavaPlan naming() {
    return JavaPlanner.plan(api, OPTIONS, new Diagnostics());
  }

  @Benchmark
  public SortedMap<String, String> emit() {
    return JavaSources.render(plan, rootFile.displayPath());
  }
}
