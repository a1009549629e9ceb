package dev.asyncgen.maven;

import java.io.File;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.build.BuildContext;
import org.codehaus.plexus.util.Scanner;

/**
 * A build context as an IDE gives one, recording what the Mojo tells it: refreshed files as
 * {@code refresh <path>}, markers as {@code error <path>:<line>:<column> <message>}, cleared markers as
 * {@code clear <path>}. What the Mojo is not expected to call fails the test.
 */
final class RecordingBuildContext implements BuildContext {
  final List<String> calls = new ArrayList<>();

  @Override
  public void refresh(File file) {
    calls.add("refresh " + file);
  }

  @Override
  public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
    calls.add((severity == SEVERITY_ERROR ? "error " : "warning ") + file + ":" + line + ":" + column + " " + message);
  }

  @Override
  public void removeMessages(File file) {
    calls.add("clear " + file);
  }

  @Override
  public void addWarning(File file, int line, int column, String message, Throwable cause) {
    addMessage(file, line, column, message, SEVERITY_WARNING, cause);
  }

  @Override
  public void addError(File file, int line, int column, String message, Throwable cause) {
    addMessage(file, line, column, message, SEVERITY_ERROR, cause);
  }

  @Override
  public boolean hasDelta(String relpath) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean hasDelta(File file) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean hasDelta(List<String> relpaths) {
    throw new UnsupportedOperationException();
  }

  @Override
  public OutputStream newFileOutputStream(File file) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scanner newScanner(File basedir) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scanner newDeleteScanner(File basedir) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Scanner newScanner(File basedir, boolean ignoreDelta) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isIncremental() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void setValue(String key, Object value) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Object getValue(String key) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean isUptodate(File target, File source) {
    throw new UnsupportedOperationException();
  }
}
