package dev.asyncgen.core.emit;

import com.palantir.javapoet.CodeBlock;

/** Spec descriptions as Javadoc: trimmed, and unable to end the comment early. */
final class Javadocs {
  private Javadocs() {}

  static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    // Spec descriptions are Markdown: `code` spans become {@code code}.
    return text.strip().replace("*/", "*&#47;").replace("\r\n", "\n")
        .replaceAll("`([^`{}\\n]+)`", "{@code $1}");
  }

  /** The text as a Javadoc block (no format characters are interpreted), or an empty block. */
  static CodeBlock of(String text) {
    String cleaned = clean(text);
    return cleaned == null ? CodeBlock.of("") : CodeBlock.of("$L\n", cleaned);
  }
}
