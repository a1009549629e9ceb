package dev.asyncgen.core.validate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.asyncgen.core.diagnostic.SourceFile;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.load.LoadLimits;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.load.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official AsyncAPI 3.0.0 JSON Schema from the folder {@code shared/corpus/fetch-v3-corpus.sh}
 * writes: every definition it {@code $ref}s sits inside it under its own {@code $id}, so nothing is
 * fetched.
 */
public final class OfficialSchemaV3 {
  private final Schema schema;

  private OfficialSchemaV3(Schema schema) {
    this.schema = schema;
  }

  /** The schema in {@code v3Corpus/schemas/3.0.0.json}, or null when there is none. */
  public static OfficialSchemaV3 in(Path v3Corpus) throws IOException {
    Path file = v3Corpus == null ? null : v3Corpus.resolve("schemas/3.0.0.json");
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    return new OfficialSchemaV3(registry.getSchema(JsonMapper.builder().build().readTree(Files.readString(file))));
  }

  /** Whether the schema accepts a loaded document (one that did not load is never accepted). */
  public boolean accepts(SpecNode root) {
    return root != null && schema.validate(JsonNodes.of(root)).isEmpty();
  }

  /** Whether the schema accepts the document in a file, read as asyncgen reads it. */
  public boolean accepts(Path document) throws IOException {
    return accepts(load(document, document.toString()));
  }

  /** The document as asyncgen loads it, or null when it does not load. */
  static SpecNode load(Path path, String name) throws IOException {
    try {
      return new YamlLoader(LoadLimits.defaults()).load(new SourceFile(path.toUri(), name), Files.readAllBytes(path));
    } catch (SpecException e) {
      return null;
    }
  }
}
