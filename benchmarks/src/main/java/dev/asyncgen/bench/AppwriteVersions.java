package dev.asyncgen.bench;

import dev.asyncgen.core.DocumentReader;
import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.SpecFiles;
import dev.asyncgen.core.model.AsyncApi;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
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
 * The same API read from AsyncAPI 2.6 and from its 3.0 conversion: what the 3.x reader costs against
 * the 2.x one ({@code read}: load, structure check, resolve, example checks), and generation as a whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AppwriteVersions {
  private static final GenerationOptions OPTIONS = GenerationOptions.forPackage("io.appwrite.realtime");

  @Param({"2.6", "3.0"})
  public String version;

  private Path spec;
  private SourceFile rootFile;

  @Setup
  public void setUp() {
    spec = version.equals("2.6") ? SpecFilesOnDisk.appwrite() : SpecFilesOnDisk.appwriteV3();
    rootFile = new SourceFile(spec.toUri(), spec.getFileName().toString());
  }

  /** From the file to the version-neutral model. */
  @Benchmark
  public AsyncApi read() {
    return DocumentReader.read(rootFile, new SpecFiles(LoadLimits.defaults()), false, new Diagnostics());
  }

  /** From the file to the sources in memory. */
  @Benchmark
  public SourceGenerator.Sources generate() {
    return SourceGenerator.generate(ReadRequest.of(spec), OPTIONS);
  }
}
