package dev.asyncgen.cli;

import dev.asyncgen.core.diagnostic.PrintableText;
import dev.asyncgen.core.diff.DiffReport;
import dev.asyncgen.core.diff.Finding;
import dev.asyncgen.core.diff.Level;
import java.util.List;
import java.util.Map;

/** {@code diff --format markdown}: a changelog for a release note or a pull request, breaking changes first. */
final class DiffMarkdown {
  private static final Map<Level, String> HEADINGS = Map.of(
      Level.ERR, "Breaking changes (ERR)",
      Level.WARN, "Changes that may break (WARN)",
      Level.INFO, "Safe changes (INFO)");

  private DiffMarkdown() {}

  static String render(DiffReport report) {
    StringBuilder markdown = new StringBuilder("# API changes: `").append(code(report.oldSpec()))
        .append("` → `").append(code(report.newSpec())).append("`\n\n").append(report.summary()).append('\n');
    for (Level level : Level.values()) {
      List<Finding> findings = report.findings().stream().filter(f -> f.level() == level).toList();
      if (findings.isEmpty()) {
        continue;
      }
      markdown.append("\n## ").append(HEADINGS.get(level)).append("\n\n");
      for (Finding finding : findings) {
        markdown.append("- **").append(finding.rule()).append("** ").append(text(finding.message())).append('\n')
            .append("  - Wire: ").append(text(finding.wire())).append('\n')
            .append("  - Java: ").append(text(finding.source())).append('\n')
            .append("  - `").append(code(finding.position().toString())).append("`, fingerprint `")
            .append(finding.fingerprint()).append("`\n");
      }
    }
    return markdown.toString();
  }

  /**
   * Text with the characters Markdown would read as markup escaped ({@code users.*.create} stays as
   * written), and control characters as the terminal rule shows them.
   */
  static String text(String text) {
    return PrintableText.of(text.replace("\n", " ")).replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }

  /** Text for inside backticks, which Markdown cannot escape: a backtick becomes a quote. */
  private static String code(String text) {
    return PrintableText.of(text.replace("\n", " ")).replace('`', '\'');
  }
}
