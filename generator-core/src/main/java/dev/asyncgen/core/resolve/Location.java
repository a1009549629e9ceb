package dev.asyncgen.core.resolve;

import dev.asyncgen.core.diagnostic.SourceFile;

/** Where a {@code $ref} points: a document and a JSON pointer into it ({@code ""} for the whole). */
record Location(SourceFile file, String pointer) {
  /** The identity of the target, independent of how the reference was spelled. */
  String canonical() {
    return file.uri() + "#" + pointer;
  }

  /** How users see it: {@code specs/common.yaml#/Thing}. */
  String display() {
    return file.displayPath() + "#" + pointer;
  }

  /** The last pointer token, unescaped; the file's base name for a whole document. */
  String lastToken() {
    if (pointer.isEmpty()) {
      String path = file.displayPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      int dot = name.indexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
    return JsonPointer.unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }
}
