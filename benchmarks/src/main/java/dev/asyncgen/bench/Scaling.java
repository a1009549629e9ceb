package dev.asyncgen.bench;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.naming.GenerationOptions;
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
 * Whole in-memory generation of synthetic Appwrite-shaped specs with {@code size} channels and
 * {@code size} schemas ({@link SyntheticSpec}). Divide by {@code size} for the time per channel:
 * it should stay flat from 100 to 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class Scaling {
  private static final GenerationOptions OPTIONS = GenerationOptions.forPackage("com.example.synthetic");

  @Param({"100", "1000", "10000"})
  public int size;

  private ReadRequest request;

  @Setup
  public void setUp() {
    request = ReadRequest.of(SpecFilesOnDisk.synthetic(size));
  }

  @Benchmark
  public SourceGenerator.Sources generate() {
    return SourceGenerator.generate(request, OPTIONS);
  }
}
