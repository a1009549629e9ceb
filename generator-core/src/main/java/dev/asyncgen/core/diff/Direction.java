package dev.asyncgen.core.diff;

import dev.asyncgen.core.model.Operation;

/**
 * Which way a message travels, seen from the code asyncgen generates: a client of the application
 * the spec describes. What that application sends (3.x {@code send}, 2.x {@code subscribe}) generated
 * code receives (decodes); what it receives (3.x {@code receive}, 2.x {@code publish}) generated code
 * sends.
 */
enum Direction {
  RECEIVED("received"),
  SENT("sent");

  private final String word;

  Direction(String word) {
    this.word = word;
  }

  static Direction of(Operation.Action action) {
    return action == Operation.Action.SEND ? RECEIVED : SENT;
  }

  /** A reply travels the other way: the application that receives a request sends its reply. */
  static Direction ofReply(Operation.Action action) {
    return of(action) == RECEIVED ? SENT : RECEIVED;
  }

  String word() {
    return word;
  }
}
