package dev.asyncgen.core.model;

import java.util.List;
import java.util.Optional;

/**
 * An object with named properties.
 *
 * @param required names listed under {@code required}, in spec order
 * @param discriminator the 2.x discriminator: the name of the property that tells subtypes apart
 */
public record ObjectSchema(
    SchemaInfo info,
    List<Property> properties,
    List<String> required,
    AdditionalProperties additionalProperties,
    String discriminator)
    implements Schema {

  public ObjectSchema {
    properties = List.copyOf(properties);
    required = List.copyOf(required);
  }

  public boolean isRequired(String propertyName) {
    return required.contains(propertyName);
  }

  public Optional<Property> property(String name) {
    return properties.stream().filter(p -> p.name().equals(name)).findFirst();
  }
}
