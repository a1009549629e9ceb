package dev.asyncgen.core.model;

import java.util.List;

/**
 * {@code allOf}, {@code oneOf} or {@code anyOf}. For {@code allOf}, parts that are references are
 * the parents; inline parts (and properties written beside {@code allOf}) are the schema's own.
 * {@link AllOfFlattener} turns an {@code allOf} into one flat property list.
 */
public record CompositionSchema(SchemaInfo info, Kind kind, List<Schema> parts, String discriminator)
    implements Schema {

  public enum Kind {
    ALL_OF("allOf"),
    ONE_OF("oneOf"),
    ANY_OF("anyOf");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  public CompositionSchema {
    parts = List.copyOf(parts);
  }

  /** The parts that refer to named schemas, in order. */
  public List<ReferenceSchema> parents() {
    return parts.stream()
        .filter(ReferenceSchema.class::isInstance)
        .map(ReferenceSchema.class::cast)
        .toList();
  }
}
