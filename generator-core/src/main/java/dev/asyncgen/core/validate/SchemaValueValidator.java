package dev.asyncgen.core.validate;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.ValidationLimitExceededException;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.load.ListNode;
import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.ScalarNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.shape.SchemaFormats;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Checks each schema's own {@code default} and every item of its {@code examples} against that
 * schema (JSON Schema draft 7, its {@code $ref}s resolved as for message examples), warning at the
 * value that does not fit. Schemas are found wherever a Schema Object can be: component schemas,
 * 2.x parameter schemas, message trait headers, message payloads and headers (3.x Multi Format
 * Schema Objects through their JSON Schema), every subschema below them, and what their
 * {@code $ref}s point at. Each schema is visited once, named after the first way that reaches it.
 */
public final class SchemaValueValidator {
  /** Keywords holding one subschema, each named by its keyword. */
  private static final List<String> ONE = List.of("additionalProperties", "additionalItems", "contains",
      "propertyNames", "if", "then", "else", "not");
  /** Keywords holding a list of subschemas. */
  private static final List<String> LISTS = List.of("allOf", "anyOf", "oneOf");
  /** Keywords holding a map of subschemas, and what one entry is called. */
  private static final Map<String, String> MAPS = Map.of("properties", "property", "patternProperties",
      "pattern property", "definitions", "definition", "$defs", "definition", "dependencies", "dependency");

  private final Function<URI, SpecNode> documents;
  private final EnumValueFit enumValueFit;
  private final boolean multiFormat;
  private final SchemaRegistry registry;
  private final Set<SpecNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<URI, Map<SpecNode, String>> pointers = new HashMap<>();

  /**
   * @param documents the parsed spec file at a URI, or null when it was not read
   * @param enumValueFit which strings stand for an enum value they do not equal
   * @param multiFormat whether schemas may be Multi Format Schema Objects (AsyncAPI 3.x)
   */
  public SchemaValueValidator(Function<URI, SpecNode> documents, EnumValueFit enumValueFit, boolean multiFormat) {
    this.documents = documents;
    this.enumValueFit = enumValueFit;
    this.multiFormat = multiFormat;
    // Loaded lazily: preloading compiles all a schema reaches, once per schema checked, so a chain of
    // n component schemas each referring to the next took time and memory growing with n squared.
    this.registry = ExampleValidator.registry(documents, SchemaRegistryConfig.builder().preloadSchema(false).build());
  }

  /**
   * Checks the schemas the root document's components declare, and 2.x channel parameters'. Run
   * before {@link #checkMessage}, so that a component schema is named as one.
   */
  public void checkComponents(MapNode root, Diagnostics diagnostics) {
    Deque<Pending> pending = new ArrayDeque<>();
    MapNode components = root.get("components") instanceof MapNode map ? map : null;
    if (components != null) {
      eachEntry(components.get("schemas"), (name, schema) -> add(pending, schema, "schema '" + name + "'"));
      eachEntry(components.get("messageTraits"), (name, trait) -> {
        if (trait instanceof MapNode map) {
          add(pending, map.get("headers"), "headers of message trait '" + name + "'");
        }
      });
    }
    if (!multiFormat) {
      if (components != null) {
        eachEntry(components.get("parameters"), (name, parameter) -> parameterSchema(pending, parameter,
            "parameter '" + name + "'"));
      }
      eachEntry(root.get("channels"), (channel, item) -> {
        if (item instanceof MapNode map) {
          eachEntry(map.get("parameters"), (name, parameter) -> parameterSchema(pending, parameter,
              "parameter '" + name + "' of channel '" + channel + "'"));
        }
      });
    }
    drain(pending, diagnostics);
  }

  /** Checks the schemas of one message (its traits already merged) that no earlier check reached. */
  public void checkMessage(String messageName, MapNode message, Diagnostics diagnostics) {
    Deque<Pending> pending = new ArrayDeque<>();
    if (!(message.get("schemaFormat") instanceof ScalarNode format) || SchemaFormats.isJsonSchema(format.text())) {
      add(pending, message.get("payload"), "payload of message '" + messageName + "'");
    }
    add(pending, message.get("headers"), "headers of message '" + messageName + "'");
    drain(pending, diagnostics);
  }

  private void parameterSchema(Deque<Pending> pending, SpecNode parameter, String name) {
    SpecNode target = parameter instanceof MapNode map && map.get("$ref") instanceof ScalarNode ref
        ? ExampleValidator.localTarget(documents, parameter.position().file().uri(), ref.text()) : parameter;
    if (target instanceof MapNode map) {
      add(pending, map.get("schema"), "schema of " + name);
    }
  }

  private record Pending(MapNode schema, String name) {}

  /** Queues a schema not seen before; a 3.x Multi Format Schema Object stands for its JSON Schema, if it has one. */
  private void add(Deque<Pending> pending, SpecNode node, String name) {
    if (multiFormat && SchemaFormats.isMultiFormatSchemaObject(node)) {
      MapNode multi = (MapNode) node;
      if (!(multi.get("schemaFormat") instanceof ScalarNode format) || !SchemaFormats.isJsonSchema(format.text())) {
        return;
      }
      node = multi.get("schema");
    }
    if (node instanceof MapNode schema && seen.add(schema)) {
      pending.add(new Pending(schema, name));
    }
  }

  /** Visits queued schemas and what they reach, without recursion: chains of {@code $ref}s can be long. */
  private void drain(Deque<Pending> pending, Diagnostics diagnostics) {
    while (!pending.isEmpty()) {
      Pending next = pending.poll();
      visit(next.schema(), next.name(), pending, diagnostics);
    }
  }

  private void visit(MapNode schema, String name, Deque<Pending> pending, Diagnostics diagnostics) {
    if (schema.get("$ref") instanceof ScalarNode ref) {
      // A Reference Object: draft 7 ignores its siblings; its target is a schema of its own.
      SpecNode target = ExampleValidator.localTarget(documents, schema.position().file().uri(), ref.text());
      add(pending, target, targetName(ref.text()));
      return;
    }
    if (schema.has("default")) {
      check(schema, "default of " + name, schema.get("default"), diagnostics);
    }
    if (schema.get("examples") instanceof ListNode examples) {
      for (int i = 0; i < examples.items().size(); i++) {
        check(schema, "example " + (i + 1) + " of " + name, examples.items().get(i), diagnostics);
      }
    }
    for (String keyword : schema.keys()) {
      SpecNode value = schema.get(keyword);
      if (ONE.contains(keyword)) {
        add(pending, value, keyword + " of " + name);
      } else if (keyword.equals("items") && !(value instanceof ListNode)) {
        add(pending, value, "items of " + name);
      } else if (keyword.equals("items") || LISTS.contains(keyword)) {
        List<SpecNode> items = value instanceof ListNode list ? list.items() : List.of();
        String noun = keyword.equals("items") ? "item" : keyword;
        for (int i = 0; i < items.size(); i++) {
          add(pending, items.get(i), noun + " " + (i + 1) + " of " + name);
        }
      } else if (MAPS.containsKey(keyword)) {
        String noun = MAPS.get(keyword);
        eachEntry(value, (key, subschema) -> add(pending, subschema, noun + " '" + key + "' of " + name));
      }
    }
  }

  /** A component schema by its name, anything else by the reference that reached it. */
  private static String targetName(String ref) {
    int hash = ref.indexOf('#');
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    String prefix = "/components/schemas/";
    if (fragment.startsWith(prefix) && fragment.indexOf('/', prefix.length()) < 0) {
      return "schema '" + fragment.substring(prefix.length()).replace("~1", "/").replace("~0", "~") + "'";
    }
    return "schema '" + ref + "'";
  }

  private void check(MapNode schemaNode, String subject, SpecNode value, Diagnostics diagnostics) {
    String location = locationOf(schemaNode);
    if (location == null) {
      return;
    }
    List<Error> errors;
    try {
      errors = registry.getSchema(SchemaLocation.of(location)).validate(JsonNodes.of(value));
    } catch (SchemaException | ValidationLimitExceededException e) {
      unchecked(subject, value, SchemaFailures.reason(e), diagnostics);
      return;
    } catch (StackOverflowError e) {
      // As for message examples: the validator recurses without bound through such a schema.
      unchecked(subject, value, "it reaches itself through $ref, allOf, anyOf, oneOf or not, without a property or"
          + " an item between", diagnostics);
      return;
    }
    for (Error error : errors) {
      if (ExampleValidator.isEventNameFittingAPattern(error, enumValueFit)) {
        continue;
      }
      String path = ExampleValidator.pointer(error.getInstanceLocation());
      diagnostics.warning(ExampleValidator.locate(value, error.getInstanceLocation()).position(), subject
          + " does not match it" + (path.isEmpty() ? "" : " at " + path) + ": " + ExampleValidator.describe(error));
    }
  }

  private static void unchecked(String subject, SpecNode value, String reason, Diagnostics diagnostics) {
    diagnostics.warning(value.position(), subject + " was not checked against it, which the JSON Schema validator"
        + " cannot handle: " + reason);
  }

  /** Where the schema lives in its file, so that the validator reads it there and its references resolve. */
  private String locationOf(MapNode schema) {
    URI file = schema.position().file().uri();
    String pointer = pointers.computeIfAbsent(file, this::index).get(schema);
    return pointer == null ? null : file + "#" + pointer;
  }

  /**
   * The JSON Pointer of every object in the file, as a URI fragment, built once: a search per schema
   * would grow with the square.
   */
  private Map<SpecNode, String> index(URI file) {
    Map<SpecNode, String> index = new IdentityHashMap<>();
    SpecNode document = documents.apply(file);
    if (document == null) {
      return index;
    }
    Deque<Map.Entry<SpecNode, String>> pending = new ArrayDeque<>();
    pending.add(Map.entry(document, ""));
    while (!pending.isEmpty()) {
      Map.Entry<SpecNode, String> next = pending.poll();
      String path = next.getValue();
      if (next.getKey() instanceof MapNode map) {
        if (index.putIfAbsent(map, path) != null) {
          continue;
        }
        map.entries().forEach((key, child) -> pending.add(Map.entry(child, path + SchemaLocations.step(key))));
      } else if (next.getKey() instanceof ListNode list) {
        for (int i = 0; i < list.items().size(); i++) {
          pending.add(Map.entry(list.items().get(i), path + "/" + i));
        }
      }
    }
    return index;
  }

  private static void eachEntry(SpecNode node, BiConsumer<String, SpecNode> action) {
    if (node instanceof MapNode map) {
      map.entries().forEach(action);
    }
  }
}
