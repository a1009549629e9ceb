package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.Operation;

/**
 * Which way a message travels, seen from the code asyncgen generates: a client of the application
 * the spec describes. In AsyncAPI 2.x, {@code subscribe} lists what that application sends, so
 * generated code receives (decodes) it; {@code publish} lists what the application receives, so
 * generated code sends it.
 */
enum Direction {
  RECEIVED("received"),
  SENT("sent");

  private final String word;

  Direction(String word) {
    this.word = word;
  }

  static Direction of(Operation.Kind kind) {
    return kind == Operation.Kind.SUBSCRIBE ? RECEIVED : SENT;
  }

  String word() {
    return word;
  }
}
