package dev.asyncgen.core.model;

import java.util.List;

/**
 * An {@code allOf} seen as one object: every property of every part (a later part's property
 * replaces an earlier one of the same name, keeping the earlier position in the order), the union
 * of {@code required}, and the named parents it was built from (directly or through other allOfs).
 *
 * @param descriptions each property's description: its own, else the one of the property it replaced
 */
public record FlatObject(
    List<Property> properties,
    List<String> required,
    AdditionalProperties additionalProperties,
    List<String> parents,
    java.util.Map<String, String> descriptions) {

  public FlatObject {
    descriptions = java.util.Map.copyOf(descriptions);
    properties = List.copyOf(properties);
    required = List.copyOf(required);
    parents = List.copyOf(parents);
  }

  public boolean isRequired(String propertyName) {
    return required.contains(propertyName);
  }

  /** The description of a property, inherited from the property it replaced when it has none. */
  public String description(String propertyName) {
    return descriptions.get(propertyName);
  }

  public java.util.Optional<Property> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
