package dev.asyncgen.core.validate;

import com.networknt.schema.Error;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.InvalidSchemaRefException;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.load.SpecNode;
import java.net.URI;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

/**
 * What it means when the JSON Schema validator fails on a message's schema, rather than on an
 * example. A reference that does not resolve, or a keyword the validator places and finds invalid
 * ({@code $id: '::bad'}), is the spec's fault: an error there. Anything else it cannot handle (a
 * {@code pattern} Java's regular expressions do not read, a {@code $schema} dialect it cannot load, a
 * limit) leaves the examples unchecked: a warning saying so and why. Other exceptions are bugs and
 * are not caught at all.
 */
final class SchemaFailures {
  private final Function<URI, SpecNode> documents;

  /** @param documents the parsed spec file at a URI, or null when it was not read */
  SchemaFailures(Function<URI, SpecNode> documents) {
    this.documents = documents;
  }

  /**
   * Reports {@code failure}, met validating examples of {@code messageName} against its
   * {@code part} ("payload") schema at {@code schemaNode}.
   */
  void report(RuntimeException failure, String messageName, String part, SpecNode schemaNode,
      Diagnostics diagnostics) {
    String schema = "the " + part + " schema of message '" + messageName + "'";
    Error error = failure instanceof SchemaException schemaException ? schemaException.getError() : null;
    SpecNode at = error == null ? null : nodeAt(error.getSchemaLocation());
    if (failure instanceof InvalidSchemaRefException) {
      // The validator places such a failure at the document or at the message, not at the $ref.
      diagnostics.error(schemaNode.position(), schema + " has a reference that does not resolve: "
          + firstLine(failure.getMessage()));
    } else if (failure instanceof InvalidSchemaException && at != null) {
      diagnostics.error(at.position(), schema + " is not valid JSON Schema here: " + firstLine(failure.getMessage()));
    } else {
      unchecked(messageName, part, at == null ? schemaNode : at, reason(failure), diagnostics);
    }
  }

  /** A warning at {@code at} that the examples went unchecked against a schema the validator cannot handle. */
  void unchecked(String messageName, String part, SpecNode at, String reason, Diagnostics diagnostics) {
    diagnostics.warning(at.position(), "the examples of message '" + messageName + "' were not checked against its "
        + part + " schema, which the JSON Schema validator cannot handle: " + reason);
  }

  /** Why the validator failed, in a line: a pattern Java does not read is named with its problem. */
  static String reason(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PatternSyntaxException pattern) {
        return "the pattern '" + pattern.getPattern() + "' is not a regular expression Java reads ("
            + pattern.getDescription() + ")";
      }
    }
    return firstLine(failure.getMessage());
  }

  /** The node a schema location points at, when it points into a spec file at something below its root. */
  private SpecNode nodeAt(SchemaLocation location) {
    if (location == null || location.getAbsoluteIri() == null || location.getFragment() == null
        || location.getFragment().getNameCount() == 0) {
      return null;
    }
    SpecNode document;
    try {
      document = documents.apply(URI.create(location.getAbsoluteIri().toString()));
    } catch (IllegalArgumentException e) {
      return null; // not a URI, so not one of the spec's files
    }
    return document == null ? null : ExampleValidator.locate(document, location.getFragment());
  }

  private static String firstLine(String message) {
    String text = message == null ? "no reason given" : message.strip();
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline).strip();
  }
}
