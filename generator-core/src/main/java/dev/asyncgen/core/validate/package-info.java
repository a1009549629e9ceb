/**
 * The validate stage, between {@code load} and {@code resolve}: the version check
 * ({@link dev.asyncgen.core.validate.DocumentVersion}) and the structure of AsyncAPI 2.x root
 * documents ({@link dev.asyncgen.core.validate.StructureValidator}), on the loaded nodes. The
 * example checks ({@link dev.asyncgen.core.validate.ExampleValidator}, and for schemas' own defaults
 * and examples {@link dev.asyncgen.core.validate.SchemaValueValidator}) belong here too, though the
 * reader runs them after {@code resolve}: they need traits merged and every {@code $ref}'d file read.
 * This package uses only {@code load}, {@code shape} and {@code diagnostic}; what it needs from later
 * stages is handed in ({@link dev.asyncgen.core.validate.EnumValueFit}).
 *
 * <p>What changed across 2.x, as the rules record it (each from the specification text of that
 * version, checked against the release notes):
 *
 * <ul>
 *   <li>2.0.0: the base, including {@code id}, {@code defaultContentType} (defined in its own
 *       section; the root table lacked the row until 2.1.0), server {@code security}, server
 *       variable {@code examples} and parameter {@code location}.
 *   <li>2.1.0: message examples limited to {@code headers}, {@code payload}, {@code name} and
 *       {@code summary}; SASL security scheme types {@code plain}, {@code scramSha256},
 *       {@code scramSha512}, {@code gssapi}.
 *   <li>2.2.0: channel {@code servers}; the Message Example Object, which takes extensions.
 *   <li>2.3.0: {@code components.servers} and {@code components.channels}; Reference Objects in
 *       the Servers Object; {@code $ref} next to other channel fields deprecated.
 *   <li>2.4.0: {@code messageId} on messages and message traits; {@code security} on operations
 *       and operation traits; {@code components.serverVariables}.
 *   <li>2.5.0: server {@code tags}; Reference Objects in a server's {@code variables}.
 *   <li>2.6.0: nothing structural (the Pulsar bindings).
 * </ul>
 *
 * <p>AsyncAPI 3.x has rules of its own ({@code RulesV3}), from the 3.0.0 text; the reader checks a
 * 3.x document's structure and stops there, as nothing generates from 3.x yet. 3.1.0 changed no
 * Fixed Fields table, so 3.1.x documents get the same rules. What 3.1.0 adds, and how we read it:
 *
 * <ul>
 *   <li>ROS 2 bindings: bindings are not checked beyond being objects, so nothing changes.
 *   <li>"MAY be extended" on the Server Object: 3.0.0 lacked the line, its JSON Schema took
 *       extensions anyway; we accept them in both.
 *   <li>Message Example {@code payload} typed {@code any} (3.0.0: {@code Map[string, any]}, but its
 *       JSON Schema took any value): any, in both.
 *   <li>Operation traits exclude {@code messages} in words; 3.0.0's table never had it.
 * </ul>
 */
package dev.asyncgen.core.validate;
