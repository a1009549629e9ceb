package dev.asyncgen.core.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * A document whose structure is valid but which asyncgen cannot generate from yet (AsyncAPI 3.x).
 * Generating commands report it as the one error it carries; {@code validate} reports it as a
 * warning instead ({@link #asWarnings()}), since nothing is wrong with the document.
 */
public final class NotGeneratedYetException extends SpecException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> warnings;
  private final transient Diagnostic checked;

  /**
   * @param at the document's {@code asyncapi} field
   * @param version the document's version
   * @param warnings what the structure check warned about
   */
  public NotGeneratedYetException(SourcePosition at, String version, List<Diagnostic> warnings) {
    super(with(warnings, Diagnostic.error(at, "generation from AsyncAPI 3.x is not supported yet (2.x is): this "
        + version + " document's structure is valid, as 'asyncgen validate' reports")));
    this.warnings = List.copyOf(warnings);
    this.checked = Diagnostic.warning(at, "the structure of this AsyncAPI " + version
        + " document was checked; generation from AsyncAPI 3.x is not supported yet (2.x is)");
  }

  /** The structure check's warnings and one saying generation is not supported yet, sorted. */
  public List<Diagnostic> asWarnings() {
    return with(warnings, checked);
  }

  private static List<Diagnostic> with(List<Diagnostic> diagnostics, Diagnostic more) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(more);
    return all.stream().sorted().toList();
  }
}
