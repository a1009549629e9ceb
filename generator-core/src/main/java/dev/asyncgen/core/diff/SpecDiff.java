package dev.asyncgen.core.diff;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.JavaPlan;
import dev.asyncgen.core.naming.JavaPlanner;
import dev.asyncgen.core.model.AsyncApi;
import java.util.ArrayList;
import java.util.List;

/**
 * The core's entry point for {@code diff}: reads and plans both specs as {@code generate} would, then
 * judges every change by what it does to the generated code and to messages on the wire.
 */
public final class SpecDiff {
  private SpecDiff() {}

  /** @throws SpecException with the errors of both specs, when either has any */
  public static DiffReport diff(DiffRequest request) {
    List<Diagnostic> errors = new ArrayList<>();
    Side before = side(request.oldSpec(), request.options(), null, errors);
    Side after = side(request.newSpec(), request.options(), before, errors);
    if (before == null || after == null) {
      throw new SpecException(errors);
    }
    Findings findings = new Findings();
    SchemaComparison schemas = new SchemaComparison(before, after, findings, !request.options().closedEnums(),
        request.options().enforceRequired());
    schemas.compare();
    new ChannelComparison(before, after, findings, schemas.renames()).compare();
    new MessageComparison(before, after, findings, request.options().enforceRequired()).compare();
    ServerComparison.compare(before, after, findings);
    return new DiffReport(request.oldSpec().displayPath(), request.newSpec().displayPath(), findings.list());
  }

  /**
   * The spec read and planned; null, with its errors added to {@code errors}, when it has any.
   *
   * @param old the OLD side when this is NEW (it takes OLD's names for unnamed messages), else null
   */
  private static Side side(ReadRequest read, GenerationOptions options, Side old, List<Diagnostic> errors) {
    try {
      AsyncApi api = SpecReader.read(read).api();
      Diagnostics diagnostics = new Diagnostics();
      JavaPlan plan = JavaPlanner.plan(api, options, diagnostics);
      diagnostics.throwIfErrors();
      return Side.of(api, new JavaIndex(plan), old);
    } catch (SpecException e) {
      e.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
      return null;
    }
  }
}
