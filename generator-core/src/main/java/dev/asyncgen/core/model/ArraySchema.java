package dev.asyncgen.core.model;

import java.util.List;

/**
 * An array.
 *
 * @param items the schema of every item; an {@link UntypedSchema} when the spec gives none
 * @param tupleItems the per-position schemas of a tuple ({@code items} written as a list), else empty
 */
public record ArraySchema(SchemaInfo info, Schema items, List<Schema> tupleItems, boolean uniqueItems)
    implements Schema {
  public ArraySchema {
    tupleItems = List.copyOf(tupleItems);
  }
}
