package dev.asyncgen.core.model;

/**
 * What an object says about properties it does not name.
 *
 * @param schema the value schema, for {@link Kind#TYPED} only
 */
public record AdditionalProperties(Kind kind, Schema schema) {
  public enum Kind {
    /** Not written: JSON Schema allows anything, but the spec author did not ask to keep it. */
    UNSPECIFIED,
    /** {@code additionalProperties: true} or an empty schema. */
    ANY,
    /** {@code additionalProperties: false}. */
    NONE,
    /** {@code additionalProperties: {schema}}. */
    TYPED
  }

  public static final AdditionalProperties UNSPECIFIED = new AdditionalProperties(Kind.UNSPECIFIED, null);
  public static final AdditionalProperties ANY = new AdditionalProperties(Kind.ANY, null);
  public static final AdditionalProperties NONE = new AdditionalProperties(Kind.NONE, null);

  public static AdditionalProperties typed(Schema schema) {
    return new AdditionalProperties(Kind.TYPED, schema);
  }

  /** Whether unnamed properties are meant to be kept. */
  public boolean kept() {
    return kind == Kind.ANY || kind == Kind.TYPED;
  }
}
