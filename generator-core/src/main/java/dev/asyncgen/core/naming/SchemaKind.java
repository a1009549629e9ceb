package dev.asyncgen.core.naming;

/** What Java a named schema becomes. */
enum SchemaKind {
  /** A record: an object with properties, or an allOf. */
  RECORD,
  /** A sealed interface: an object other schemas extend with allOf. */
  INTERFACE,
  /** A sealed interface over named records: a oneOf or anyOf of them, decoded by Jackson polymorphism. */
  UNION,
  /** An enum: a string enumeration, or a set of event-name patterns. */
  ENUM,
  /** A class of the user's ({@code --schema-mapping}): nothing is generated, every use refers to it. */
  MAPPED,
  /** No type of its own: uses are typed as what it describes (String, List, Map...). */
  ALIAS
}
