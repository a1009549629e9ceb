package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.Diagnostic;
import dev.asyncgen.core.diagnostic.PrintableText;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.LocalFiles;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Changes a team has accepted: one per line, {@code FINGERPRINT reason}; {@code #} starts a comment
 * line, blank lines are skipped. A missing file accepts nothing.
 *
 * @param lines where each accepted fingerprint is written, for warnings about stale lines
 */
public record AcceptedChanges(Map<String, SourcePosition> lines) {
  private static final Pattern LINE = Pattern.compile("([0-9a-f]{12})\\s+\\S.*");

  public AcceptedChanges {
    lines = Map.copyOf(lines);
  }

  public static AcceptedChanges none() {
    return new AcceptedChanges(Map.of());
  }

  /**
   * Reads the file, if there is one, by the rules specs are read by: only a regular file, within
   * {@code limits}, strict UTF-8 (a byte order mark is skipped).
   *
   * @param displayPath how messages name the file
   * @throws SpecException naming every line that is not {@code FINGERPRINT reason}, or why the file
   *     cannot be read
   */
  public static AcceptedChanges read(Path file, String displayPath, LoadLimits limits) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return none();
    }
    SourceFile source = new SourceFile(file.toUri(), displayPath);
    Map<String, SourcePosition> lines = new LinkedHashMap<>();
    List<Diagnostic> errors = new ArrayList<>();
    List<String> text = LocalFiles.readText(file, source, limits, "list of accepted changes").lines().toList();
    for (int i = 0; i < text.size(); i++) {
      String line = text.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      SourcePosition position = new SourcePosition(source, i + 1, 1);
      if (LINE.matcher(line).matches()) {
        lines.putIfAbsent(line.substring(0, 12), position);
      } else {
        errors.add(Diagnostic.error(position, "expected 'FINGERPRINT reason' (12 hex digits, then why the change"
            + " is accepted), found '" + line + "'"));
      }
    }
    if (!errors.isEmpty()) {
      throw new SpecException(errors);
    }
    return new AcceptedChanges(lines);
  }

  public boolean accepts(Finding finding) {
    return lines.containsKey(finding.fingerprint());
  }

  /** The line to add to accept a finding: its fingerprint, then its rule and subject as a reason to edit. */
  public static String acceptLine(Finding finding) {
    return finding.fingerprint() + " " + finding.rule() + " " + PrintableText.of(finding.subject());
  }
}
