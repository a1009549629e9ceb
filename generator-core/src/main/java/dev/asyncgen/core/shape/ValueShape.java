package dev.asyncgen.core.shape;

import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;

/**
 * The kinds of value an AsyncAPI field holds, each defined once: which nodes are one, and how
 * messages name it. The structure rules ({@code validate}) and the resolver's typed reads
 * ({@code resolve}) both go by these, so a field reads and is reported the same in either stage.
 */
public enum ValueShape {
  STRING("a string"),
  BOOLEAN("true or false"),
  OBJECT("an object"),
  LIST("a list"),
  SCHEMA("a schema (an object or a boolean)"),
  ANY("any value");

  private final String description;

  ValueShape(String description) {
    this.description = description;
  }

  /** How messages name such a value: "a string", "an object". */
  public String description() {
    return description;
  }

  public boolean accepts(SpecNode node) {
    return switch (this) {
      case STRING -> node instanceof ScalarNode scalar && scalar.isString();
      case BOOLEAN -> node instanceof ScalarNode scalar && scalar.type() == ScalarNode.Type.BOOLEAN;
      case OBJECT -> node instanceof MapNode;
      case LIST -> node instanceof ListNode;
      case SCHEMA -> node instanceof MapNode || BOOLEAN.accepts(node);
      case ANY -> true;
    };
  }

  /** "'title' in info must be a string, found a list", for {@code found} where such a value belongs. */
  public String mismatch(String subject, SpecNode found) {
    return mismatch(subject, description, found);
  }

  /**
   * The same wording for an expectation no single shape names ("a list of schemas"). A scalar
   * where a string belongs gets a hint: YAML read it as a number or a boolean.
   */
  public static String mismatch(String subject, String expected, SpecNode found) {
    String hint = expected.equals(STRING.description) && found instanceof ScalarNode scalar && !scalar.isNull()
        ? " (quote it to keep it text)" : "";
    return subject + " must be " + expected + ", found " + found.kind() + hint;
  }
}
