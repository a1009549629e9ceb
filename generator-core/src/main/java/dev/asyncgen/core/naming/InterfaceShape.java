package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.Property;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of an interface schema as its implementors see them: each property's Java name and
 * type, decided once so that every implementing record matches.
 */
record InterfaceShape(
    ClassName name, List<Property> properties, Map<String, String> javaNames, Map<String, TypeName> types,
    Owner owner, List<String> parents) {

  /** The member for a record's property, if the record inherits it unchanged from this interface. */
  Optional<RecordPlanner.Inherited> member(Property property) {
    return properties.stream()
        .filter(property::equals)
        .findFirst()
        .map(p -> new RecordPlanner.Inherited(javaNames.get(p.name()), types.get(p.name())));
  }
}
