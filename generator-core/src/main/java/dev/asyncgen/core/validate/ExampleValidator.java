package dev.asyncgen.core.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.NodePath;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.SchemaFormats;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Checks each message example against the message's own payload and headers schemas (JSON Schema
 * draft 7, which AsyncAPI 2.x schemas extend), reporting mismatches as warnings at the offending
 * value. When the validator fails on a schema itself, {@link SchemaFailures} says what that means.
 * A string that fits an enum value by the given {@link EnumValueFit} is not a mismatch: that
 * is how servers such as Appwrite send concrete event names for a wildcard pattern. In AsyncAPI 3.x
 * a payload or headers schema may be a Multi Format Schema Object: its {@code schema} is checked
 * when its {@code schemaFormat} is JSON Schema.
 */
public final class ExampleValidator {
  private final SchemaRegistry registry;
  private final Function<URI, SpecNode> documents;
  private final EnumValueFit enumValueFit;
  private final SchemaFailures failures;
  private final boolean multiFormat;

  /**
   * @param documents the parsed spec file at a URI, or null when it was not read
   * @param enumValueFit which strings stand for an enum value they do not equal
   */
  public ExampleValidator(Function<URI, SpecNode> documents, EnumValueFit enumValueFit) {
    this(documents, enumValueFit, false);
  }

  /** @param multiFormat whether payload and headers may be Multi Format Schema Objects (AsyncAPI 3.x) */
  public ExampleValidator(Function<URI, SpecNode> documents, EnumValueFit enumValueFit, boolean multiFormat) {
    this.multiFormat = multiFormat;
    this.documents = documents;
    this.enumValueFit = enumValueFit;
    this.failures = new SchemaFailures(documents);
    this.registry = registry(documents);
  }

  /** A draft 7 validator's registry that reads the spec's own files as they were parsed. */
  static SchemaRegistry registry(Function<URI, SpecNode> documents) {
    return registry(documents, SchemaRegistryConfig.getInstance());
  }

  static SchemaRegistry registry(Function<URI, SpecNode> documents, SchemaRegistryConfig config) {
    SpecDocuments specDocuments = new SpecDocuments(documents);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
        .schemaRegistryConfig(config)
        .nodeReader(specDocuments)
        .resourceLoaders(loaders -> loaders.add(specDocuments)));
  }

  /** Checks every example of one message (its traits already merged). */
  public void check(String messageName, MapNode message, Diagnostics diagnostics) {
    if (!(message.get("examples") instanceof ListNode examples)) {
      return;
    }
    for (int i = 0; i < examples.items().size(); i++) {
      if (!(examples.items().get(i) instanceof MapNode example)) {
        continue;
      }
      String exampleName = example.get("name") instanceof ScalarNode name ? name.text() : "#" + (i + 1);
      String subject = "example '" + exampleName + "' of message '" + messageName + "'";
      if (!(message.get("schemaFormat") instanceof ScalarNode format) || SchemaFormats.isJsonSchema(format.text())) {
        check(messageName, subject, "payload", jsonSchema(message.get("payload")), example.get("payload"),
            diagnostics);
      }
      check(messageName, subject, "headers", jsonSchema(message.get("headers")), example.get("headers"), diagnostics);
    }
  }

  private void check(String messageName, String subject, String part, SpecNode schemaNode, SpecNode value,
      Diagnostics diagnostics) {
    if (schemaNode == null || value == null) {
      return;
    }
    String location = locationOf(schemaNode);
    if (location == null) {
      return;
    }
    JsonNode instance = JsonNodes.of(value);
    List<Error> errors;
    try {
      Schema schema = registry.getSchema(SchemaLocation.of(location));
      errors = schema.validate(instance);
    } catch (SchemaException | ValidationLimitExceededException e) {
      failures.report(e, messageName, part, schemaNode, diagnostics);
      return;
    } catch (StackOverflowError e) {
      // The validator recurses without bound through a schema that reaches itself without taking a step
      // into the value (A: {oneOf: [$ref A, ...]}); JSON Schema leaves such schemas undefined.
      failures.unchecked(messageName, part, schemaNode, "it reaches itself through $ref, allOf, anyOf, oneOf or"
          + " not, without a property or an item between", diagnostics);
      return;
    }
    for (Error error : errors) {
      if (isEventNameFittingAPattern(error, enumValueFit)) {
        continue;
      }
      String path = pointer(error.getInstanceLocation());
      diagnostics.warning(locate(value, error.getInstanceLocation()).position(), subject + " does not match its "
          + part + " schema at " + (path.isEmpty() ? "the top" : path) + ": " + describe(error));
    }
  }

  /**
   * The JSON Schema to check a payload or headers against: the node itself, or in 3.x the {@code schema}
   * of a Multi Format Schema Object (directly or behind a local {@code $ref}); null when that is of
   * another format, which is not checked.
   */
  private SpecNode jsonSchema(SpecNode node) {
    if (!multiFormat || node == null) {
      return node;
    }
    SpecNode target = node instanceof MapNode map && map.get("$ref") instanceof ScalarNode ref && map.keys().size() == 1
        ? localTarget(documents, node.position().file().uri(), ref.text()) : node;
    if (!SchemaFormats.isMultiFormatSchemaObject(target)) {
      return node;
    }
    MapNode multi = (MapNode) target;
    if (!(multi.get("schemaFormat") instanceof ScalarNode format)) {
      return node;
    }
    return SchemaFormats.isJsonSchema(format.text()) ? multi.get("schema") : null;
  }

  /** What a reference within the spec's files points at, or null when it cannot tell. */
  static SpecNode localTarget(Function<URI, SpecNode> documents, URI file, String ref) {
    URI target;
    try {
      target = file.resolve(ref);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String fragment = target.getFragment();
    SpecNode current;
    try {
      current = documents.apply(new URI(target.getScheme(), target.getSchemeSpecificPart(), null));
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
    if (current == null || fragment == null || fragment.isEmpty()) {
      return current;
    }
    for (String token : fragment.substring(1).split("/", -1)) {
      String key = token.replace("~1", "/").replace("~0", "~");
      if (current instanceof MapNode map) {
        current = map.get(key);
      } else if (current instanceof ListNode list && key.matches("\\d{1,9}")
          && Integer.parseInt(key) < list.items().size()) {
        current = list.items().get(Integer.parseInt(key));
      } else {
        return null;
      }
    }
    return current;
  }

  /**
   * Where the schema lives, so that the validator reads it in its own document and its references
   * resolve there: the target of a reference, else the node's own place in its file.
   */
  private String locationOf(SpecNode schemaNode) {
    URI file = schemaNode.position().file().uri();
    if (schemaNode instanceof MapNode map && map.get("$ref") instanceof ScalarNode ref && map.keys().size() == 1) {
      return ref.text().startsWith("#") ? file + ref.text() : file.resolve(ref.text()).toString();
    }
    SpecNode document = documents.apply(file);
    String pointer = document == null ? null : pointerTo(document, schemaNode, "");
    return pointer == null ? null : file + "#" + pointer;
  }

  private static String pointerTo(SpecNode from, SpecNode target, String path) {
    if (from == target) {
      return path;
    }
    if (from instanceof MapNode map) {
      for (Map.Entry<String, SpecNode> entry : map.entries().entrySet()) {
        String found = pointerTo(entry.getValue(), target, path + SchemaLocations.step(entry.getKey()));
        if (found != null) {
          return found;
        }
      }
    } else if (from instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        String found = pointerTo(list.items().get(i), target, path + "/" + i);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** The networknt message without its own path prefix. */
  static String describe(Error error) {
    String message = error.getMessage();
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }

  static boolean isEventNameFittingAPattern(Error error, EnumValueFit enumValueFit) {
    if (!"enum".equals(error.getKeyword()) || error.getInstanceNode() == null || !error.getInstanceNode().isString()) {
      return false;
    }
    JsonNode allowed = error.getSchemaNode();
    if (allowed != null && allowed.has("enum")) {
      allowed = allowed.get("enum");
    }
    if (allowed == null || !allowed.isArray()) {
      return false;
    }
    String name = error.getInstanceNode().asString();
    for (JsonNode candidate : allowed) {
      if (candidate.isString() && enumValueFit.fits(candidate.asString(), name)) {
        return true;
      }
    }
    return false;
  }

  static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** The node at the error's instance location, or the deepest one that exists. */
  static SpecNode locate(SpecNode root, NodePath path) {
    SpecNode current = root;
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      SpecNode next = null;
      if (current instanceof MapNode map) {
        next = map.get(String.valueOf(element));
      } else if (current instanceof ListNode list && element instanceof Integer index && index < list.items().size()) {
        next = list.items().get(index);
      }
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
