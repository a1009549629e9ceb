package dev.asyncgen.core.validate;

/**
 * One fixed field of an object, as a row of the specification's "Fixed Fields" table.
 *
 * @param name the field name, case-sensitive
 * @param kind what its value must be
 * @param since the first AsyncAPI version that has the field
 * @param required whether the specification marks it REQUIRED
 * @param noun what the value is called in messages when it is an object ("subscribe operation");
 *     null to use its rule's noun
 */
record Field(String name, Kind kind, String since, boolean required, String noun) {
  static Field optional(String name, Kind kind) {
    return new Field(name, kind, "2.0.0", false, null);
  }

  static Field required(String name, Kind kind) {
    return new Field(name, kind, "2.0.0", true, null);
  }

  Field since(String version) {
    return new Field(name, kind, version, required, noun);
  }

  Field called(String label) {
    return new Field(name, kind, since, required, label);
  }
}
