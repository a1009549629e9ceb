package dev.asyncgen.cli;

import static dev.asyncgen.cli.DiagnosticsJson.string;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diff.DiffReport;
import dev.asyncgen.core.diff.Finding;
import java.util.List;

/** {@code diff --format json}: one object, stable field order, for tools and CI. */
final class DiffJson {
  private DiffJson() {}

  static String render(DiffReport report, String failOn, boolean failed) {
    StringBuilder json = new StringBuilder("{\"old\":").append(string(report.oldSpec()))
        .append(",\"new\":").append(string(report.newSpec()))
        .append(",\"findings\":[");
    for (int i = 0; i < report.findings().size(); i++) {
      Finding finding = report.findings().get(i);
      json.append(i == 0 ? "" : ",")
          .append("{\"rule\":").append(string(finding.rule().name()))
          .append(",\"level\":").append(string(finding.level().name()))
          .append(",\"subject\":").append(string(finding.subject()))
          .append(",\"message\":").append(string(finding.message()))
          .append(",\"file\":").append(string(finding.position().file().displayPath()))
          .append(",\"line\":").append(finding.position().line())
          .append(",\"column\":").append(finding.position().column())
          .append(",\"fingerprint\":").append(string(finding.fingerprint()))
          .append(",\"wire\":").append(string(finding.wire()))
          .append(",\"source\":").append(string(finding.source()))
          .append('}');
    }
    json.append("],\"summary\":{\"findings\":").append(report.findings().size());
    report.counts().forEach((level, count) -> json.append(",\"").append(level).append("\":").append(count));
    return json.append(",\"failOn\":").append(string(failOn)).append(",\"failed\":").append(failed)
        .append("}}").toString();
  }

  /**
   * When either spec cannot be read: no findings, and why, in {@code validate --format json}'s
   * form.
   */
  static String renderErrors(String oldSpec, String newSpec, List<Diagnostic> diagnostics) {
    StringBuilder json = new StringBuilder("{\"old\":").append(string(oldSpec))
        .append(",\"new\":").append(string(newSpec))
        .append(",\"valid\":false");
    return DiagnosticsJson.appendCounts(json, diagnostics).append('}').toString();
  }
}
