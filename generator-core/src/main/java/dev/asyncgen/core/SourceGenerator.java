package dev.asyncgen.core;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.emit.JavaSources;
import dev.asyncgen.core.load.ReadFile;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.JavaPlan;
import dev.asyncgen.core.naming.JavaPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** Reads a spec and renders its Java sources in memory: load, resolve, model, name, emit. */
public final class SourceGenerator {
  private SourceGenerator() {}

  /**
   * The generated sources and every warning met.
   *
   * @param files generated file text by path relative to the output directory
   * @param inputs each spec file read, with the hash of the exact bytes generated from
   */
  public record Sources(SortedMap<String, String> files, List<Diagnostic> warnings, List<ReadFile> inputs) {
    public Sources {
      files = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(files));
      warnings = List.copyOf(warnings);
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * Runs every check that generation runs (loading, resolving, examples, Java naming) without
   * rendering anything.
   *
   * @return the warnings, sorted by position
   * @throws dev.asyncgen.core.diagnostic.SpecException with every problem, when the spec has errors
   */
  public static List<Diagnostic> check(ReadRequest read) {
    SpecReader.Result result = SpecReader.read(read);
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(result.warnings());
    JavaPlanner.plan(result.api(), GenerationOptions.forPackage("asyncgen.check"), diagnostics);
    diagnostics.throwIfErrors();
    return diagnostics.warnings();
  }

  /** @throws dev.asyncgen.core.diagnostic.SpecException when the spec has errors */
  public static Sources generate(ReadRequest read, GenerationOptions options) {
    SpecReader.Result result = SpecReader.read(read);
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(result.warnings());
    JavaPlan plan = JavaPlanner.plan(result.api(), options, diagnostics);
    diagnostics.throwIfErrors();
    SortedMap<String, String> files = JavaSources.render(plan, result.api().rootFile().displayPath());
    return new Sources(files, new ArrayList<>(diagnostics.warnings()), result.inputs());
  }
}
