package dev.asyncgen.core.validate;

import dev.asyncgen.core.shape.ValueShape;
import java.util.regex.Pattern;

/** What a field's value must be, as the specification's "Type" column says. */
sealed interface Kind {
  /** Values checked by their node type alone, or not at all. */
  enum Simple implements Kind {
    STRING(ValueShape.STRING),
    ANY(ValueShape.ANY);

    private final ValueShape shape;

    Simple(ValueShape shape) {
      this.shape = shape;
    }

    ValueShape shape() {
      return shape;
    }
  }

  /** Values with a shape of their own, checked by dedicated code in the walker. */
  enum Special implements Kind {
    /** A Schema Object (or a boolean, or a Reference Object); see {@link SchemaShape}. */
    SCHEMA,
    /** A Server/Channel/Operation/Message Bindings Object: any protocol name, contents not checked. */
    BINDINGS,
    /** An operation's {@code message}: a Message Object, a Reference Object or {@code {oneOf: [...]}}. */
    OPERATION_MESSAGE,
    /** 3.x payload and headers: a Multi Format Schema Object, a Schema Object or a Reference Object. */
    MULTI_FORMAT_SCHEMA,
    /** 3.x fields typed "Reference Object" alone (an operation's {@code channel}, its {@code messages}). */
    REFERENCE,
    /** 3.x channel {@code address}: a string, or null for an address unknown until runtime. */
    STRING_OR_NULL
  }

  /** An object declared by {@code rule}. */
  record Obj(ObjectRule rule) implements Kind {}

  /** {@code target}, or a Reference Object in its place from AsyncAPI {@code since} on. */
  record Ref(Kind target, String since) implements Kind {}

  /**
   * A map from names to {@code values}; each entry is called {@code entryNoun 'name'} in messages.
   *
   * @param keys pattern every name must match, or null
   * @param keysAdvised whether a name that does not match is only warned about (never an empty one)
   */
  record MapOf(Kind values, String entryNoun, Pattern keys, boolean keysAdvised) implements Kind {}

  /** A list of {@code items}; each is called {@code itemNoun #n} in messages. */
  record ListOf(Kind items, String itemNoun) implements Kind {}

  /** {@code before} in documents older than {@code since}, {@code from} since then. */
  record Since(String since, Kind before, Kind from) implements Kind {}

  static Ref ref(Kind target) {
    return new Ref(target, "2.0.0");
  }

  static Ref ref(ObjectRule target) {
    return ref(new Obj(target));
  }

  static Obj obj(ObjectRule rule) {
    return new Obj(rule);
  }

  static ListOf listOf(Kind items, String itemNoun) {
    return new ListOf(items, itemNoun);
  }

  static MapOf mapOf(Kind values, String entryNoun) {
    return new MapOf(values, entryNoun, null, false);
  }

  static MapOf mapOf(Kind values, String entryNoun, Pattern keys) {
    return new MapOf(values, entryNoun, keys, false);
  }

  /** A map whose names should match {@code keys}: a name that does not is a warning, an empty one an error. */
  static MapOf mapOfAdvised(Kind values, String entryNoun, Pattern keys) {
    return new MapOf(values, entryNoun, keys, true);
  }
}
