package dev.asyncgen.core.validate;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.InputFormat;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.ResourceLoader;
import com.networknt.schema.serialization.NodeReader;
import dev.asyncgen.core.load.SpecNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hands the spec's own files to the JSON Schema validator, each turned into a Jackson tree once.
 *
 * <p>The validator loads a document afresh for every schema location with a fragment
 * ({@code spec.yaml#/components/schemas/Item}), that is once per message: given the file as text it
 * would serialise and reparse the whole spec for each message, which grows with the square of the
 * spec (a 1,000-channel spec took 25 s and 4.8 GB). Here each file becomes a tree once, straight
 * from the spec's nodes ({@link JsonNodes#asParsedJson}, no JSON text and no {@code JsonMapper}),
 * and every load gets the same tree, which the validator only reads.
 *
 * <p>Documents are handed over as JSON trees whatever the file's name says; the default reader
 * would reach for a YAML parser for {@code .yaml} names.
 */
final class SpecDocuments implements ResourceLoader, NodeReader {
  private final Function<URI, SpecNode> documents;
  /** Only for content that is not a spec file, which the validator has not been seen to ask for. */
  private JsonMapper mapper;
  private final Map<String, JsonNode> trees = new HashMap<>();

  /** @param documents the parsed spec file at a URI, or null when it was not read */
  SpecDocuments(Function<URI, SpecNode> documents) {
    this.documents = documents;
  }

  /** The spec file at {@code iri}, or null for anything that is not one (the validator then looks elsewhere). */
  @Override
  public InputStreamSource getResource(AbsoluteIri iri) {
    JsonNode tree = trees.computeIfAbsent(iri.toString(), this::tree);
    return tree == null ? null : () -> new ParsedStream(tree);
  }

  @Override
  public JsonNode readTree(String content, InputFormat format) {
    return mapper().readTree(content);
  }

  @Override
  public JsonNode readTree(InputStream content, InputFormat format) {
    return content instanceof ParsedStream stream ? stream.tree : mapper().readTree(content);
  }

  private JsonMapper mapper() {
    if (mapper == null) {
      mapper = JsonMapper.builder().build();
    }
    return mapper;
  }

  private JsonNode tree(String iri) {
    URI uri;
    try {
      uri = URI.create(iri);
    } catch (IllegalArgumentException e) {
      return null; // not a URI, so not one of the spec's files
    }
    SpecNode document = documents.apply(uri);
    if (document == null) {
      return null;
    }
    JsonNode tree = JsonNodes.asParsedJson(document);
    if (tree instanceof ObjectNode root && root.has("asyncapi")) {
      // A 2.x document's own id ('urn:example:app') is no schema keyword, yet the validator reads the
      // document's root as the schema resource holding every fragment, and refused them all for it.
      root.remove("id");
    }
    return tree;
  }

  /** Carries the tree to {@link #readTree(InputStream, InputFormat)}; reads as its JSON text otherwise. */
  private static final class ParsedStream extends InputStream {
    private final JsonNode tree;
    private ByteArrayInputStream text;

    ParsedStream(JsonNode tree) {
      this.tree = tree;
    }

    private ByteArrayInputStream text() {
      if (text == null) {
        text = new ByteArrayInputStream(tree.toString().getBytes(StandardCharsets.UTF_8));
      }
      return text;
    }

    @Override
    public int read() {
      return text().read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return text().read(buffer, offset, length);
    }
  }
}
