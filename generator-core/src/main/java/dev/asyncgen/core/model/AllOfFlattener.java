package dev.asyncgen.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Flattens an {@code allOf} composition into a {@link FlatObject}. */
public final class AllOfFlattener {
  private final Map<String, NamedSchema> schemas;

  public AllOfFlattener(Map<String, NamedSchema> schemas) {
    this.schemas = schemas;
  }

  public FlatObject flatten(CompositionSchema allOf) {
    if (allOf.kind() != CompositionSchema.Kind.ALL_OF) {
      throw new IllegalArgumentException("not an allOf: " + allOf.kind().keyword());
    }
    Accumulator accumulator = new Accumulator();
    accumulator.addComposition(allOf, new HashSet<>());
    return accumulator.result();
  }

  private final class Accumulator {
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private final Set<String> parents = new LinkedHashSet<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();
    private AdditionalProperties additional = AdditionalProperties.UNSPECIFIED;

    void addComposition(CompositionSchema allOf, Set<String> visiting) {
      for (Schema part : allOf.parts()) {
        add(part, visiting, true);
      }
    }

    private void add(Schema part, Set<String> visiting, boolean direct) {
      if (part instanceof ReferenceSchema reference) {
        if (direct) {
          parents.add(reference.name());
        }
        NamedSchema target = schemas.get(reference.name());
        if (target != null && visiting.add(reference.name())) {
          add(target.schema(), visiting, false);
          visiting.remove(reference.name());
        }
      } else if (part instanceof ObjectSchema object) {
        for (Property property : object.properties()) {
          properties.put(property.name(), property);
          if (property.schema().description() != null) {
            descriptions.put(property.name(), property.schema().description());
          }
        }
        required.addAll(object.required());
        if (object.additionalProperties().kind() != AdditionalProperties.Kind.UNSPECIFIED) {
          additional = object.additionalProperties();
        }
      } else if (part instanceof CompositionSchema nested
          && nested.kind() == CompositionSchema.Kind.ALL_OF) {
        for (Schema nestedPart : nested.parts()) {
          add(nestedPart, visiting, direct);
        }
      }
    }

    FlatObject result() {
      return new FlatObject(new ArrayList<>(properties.values()), new ArrayList<>(required), additional,
          new ArrayList<>(parents), descriptions);
    }
  }
}
