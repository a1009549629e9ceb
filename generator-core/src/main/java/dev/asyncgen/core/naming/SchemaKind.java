package dev.asyncgen.core.naming;

/** What Java a named schema becomes. */
enum SchemaKind {
  /** A record: an object with properties, or an allOf. */
  RECORD,
  /** A sealed interface: an object other schemas extend with allOf. */
  INTERFACE,
  /** An enum: a string enumeration, or a set of event-name patterns. */
  ENUM,
  /** No type of its own: uses are typed as what it describes (String, List, Map...). */
  ALIAS
}
