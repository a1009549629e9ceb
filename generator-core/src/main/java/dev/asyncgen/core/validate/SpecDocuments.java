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

/**
 * Hands the spec's own files to the JSON Schema validator, each turned into a Jackson tree once.
 *
 * <p>The validator loads a document afresh for every schema location with a fragment
 * ({@code spec.yaml#/components/schemas/Item}), that is once per message: given the file as text it
 * would serialise and reparse the whole spec for each message, which grows with the square of the
 * spec (a 1,000-channel spec took 25 s and 4.8 GB). Here each file becomes JSON text and is parsed
 * once; every load gets the same tree, which the validator only reads.
 *
 * <p>Documents are handed over as JSON whatever the file's name says; the default reader would
 * reach for a YAML parser for {@code .yaml} names.
 */
final class SpecDocuments implements ResourceLoader, NodeReader {
  private final Function<URI, SpecNode> documents;
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final Map<String, Parsed> parsed = new HashMap<>();

  /** @param documents the parsed spec file at a URI, or null when it was not read */
  SpecDocuments(Function<URI, SpecNode> documents) {
    this.documents = documents;
  }

  /** The spec file at {@code iri}, or null for anything that is not one (the validator then looks elsewhere). */
  @Override
  public InputStreamSource getResource(AbsoluteIri iri) {
    Parsed document = parsed.computeIfAbsent(iri.toString(), this::parse);
    return document == null ? null : () -> new ParsedStream(document);
  }

  @Override
  public JsonNode readTree(String content, InputFormat format) {
    return mapper.readTree(content);
  }

  @Override
  public JsonNode readTree(InputStream content, InputFormat format) {
    return content instanceof ParsedStream stream ? stream.document.tree() : mapper.readTree(content);
  }

  private Parsed parse(String iri) {
    try {
      SpecNode document = documents.apply(URI.create(iri));
      if (document == null) {
        return null;
      }
      // Through JSON text, so that numbers become the node types the validator's own parsing makes.
      String json = JsonNodes.of(document).toString();
      return new Parsed(json, mapper.readTree(json));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private record Parsed(String json, JsonNode tree) {}

  /** Carries the parsed tree to {@link #readTree(InputStream, InputFormat)}; reads as the JSON text otherwise. */
  private static final class ParsedStream extends InputStream {
    private final Parsed document;
    private ByteArrayInputStream text;

    ParsedStream(Parsed document) {
      this.document = document;
    }

    private ByteArrayInputStream text() {
      if (text == null) {
        text = new ByteArrayInputStream(document.json().getBytes(StandardCharsets.UTF_8));
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
