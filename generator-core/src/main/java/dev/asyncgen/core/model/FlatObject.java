package dev.asyncgen.core.model;

import java.util.List;

/**
 * An {@code allOf} seen as one object: every property of every part (a later part's property
 * replaces an earlier one of the same name, keeping the earlier position in the order), the union
 * of {@code required}, and the named parents it was built from (directly or through other allOfs).
 */
public record FlatObject(
    List<Property> properties,
    List<String> required,
    AdditionalProperties additionalProperties,
    List<String> parents) {

  public FlatObject {
    properties = List.copyOf(properties);
    required = List.copyOf(required);
    parents = List.copyOf(parents);
  }

  public boolean isRequired(String propertyName) {
    return required.contains(propertyName);
  }

  public java.util.Optional<Property> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
