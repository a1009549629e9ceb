package dev.asyncgen.maven;

import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that also records the info and warning lines, prefixed as Maven prints them. */
final class RecordingLog extends SystemStreamLog {
  private final List<String> lines;

  RecordingLog(List<String> lines) {
    this.lines = lines;
  }

  @Override
  public void info(CharSequence content) {
    lines.add("[INFO] " + content);
  }

  @Override
  public void warn(CharSequence content) {
    lines.add("[WARNING] " + content);
  }
}
