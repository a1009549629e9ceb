package dev.asyncgen.core.validate;

/**
 * How messages name an object: {@code label} is the object itself ("subscribe operation of
 * channel 'user/signedup'"), {@code of} the suffix its children get (" of subscribe operation of
 * ..."). The document and its components end chains, so their children read "channel 'x'" and
 * "component message 'y'" rather than "channel 'x' of the AsyncAPI document".
 */
record Where(String label, String of) {
  static final Where DOCUMENT = new Where("the AsyncAPI document", "");

  /** A nested object called {@code noun}, named after this one. */
  Where child(String noun) {
    String label = noun + of;
    return new Where(label, " of " + label);
  }

  /** This object, named as it is, with children that do not name it. */
  Where endingChain() {
    return new Where(label, "");
  }
}
