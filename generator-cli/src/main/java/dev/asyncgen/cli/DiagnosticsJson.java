package dev.asyncgen.cli;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.PrintableText;
import java.util.List;
import java.util.Locale;

/** {@code validate --format json}: one object, stable field order, for tools and CI. */
final class DiagnosticsJson {
  private DiagnosticsJson() {}

  static String render(String spec, boolean valid, List<Diagnostic> diagnostics) {
    StringBuilder json = new StringBuilder("{\"spec\":").append(string(spec)).append(",\"valid\":").append(valid);
    return appendCounts(json, diagnostics).append('}').toString();
  }

  /** {@code ,"errors":N,"warnings":N,"diagnostics":[...]}, appended to an open object. */
  static StringBuilder appendCounts(StringBuilder json, List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    json.append(",\"errors\":").append(errors)
        .append(",\"warnings\":").append(diagnostics.size() - errors)
        .append(",\"diagnostics\":[");
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic diagnostic = diagnostics.get(i);
      json.append(i == 0 ? "" : ",").append("{\"severity\":").append(string(diagnostic.severity().label()));
      if (diagnostic.position() != null) {
        json.append(",\"file\":").append(string(diagnostic.position().file().displayPath()))
            .append(",\"line\":").append(diagnostic.position().line())
            .append(",\"column\":").append(diagnostic.position().column());
      }
      json.append(",\"message\":").append(string(diagnostic.message())).append('}');
    }
    return json.append(']');
  }

  static String string(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        default -> {
          // Valid JSON either way; escaped, the raw text cannot act on a terminal that shows it.
          if (PrintableText.isUnsafe(c)) {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
