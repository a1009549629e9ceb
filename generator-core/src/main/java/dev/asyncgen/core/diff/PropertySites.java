package dev.asyncgen.core.diff;

import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.Property;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The properties a schema declares itself, by path: those of inline objects nested in it too, but
 * not those of named schemas it refers to or extends, which are compared (and reported) once, as
 * their own schema. Array items add no path segment.
 */
final class PropertySites {
  /**
   * One property.
   *
   * @param parentClosed whether its object refuses properties it does not name ({@code additionalProperties: false})
   */
  record Site(Schema schema, boolean required, boolean parentClosed, SourcePosition position) {}

  private PropertySites() {}

  static Map<List<String>, Site> of(Schema root) {
    Map<List<String>, Site> sites = new LinkedHashMap<>();
    walk(root, List.of(), sites, new LinkedHashMap<>());
    return sites;
  }

  /** What each object the schema declares (itself, and inline ones by path) says about unnamed properties. */
  static Map<List<String>, AdditionalProperties> objects(Schema root) {
    Map<List<String>, AdditionalProperties> objects = new LinkedHashMap<>();
    walk(root, List.of(), new LinkedHashMap<>(), objects);
    return objects;
  }

  private static void walk(Schema schema, List<String> path, Map<List<String>, Site> sites,
      Map<List<String>, AdditionalProperties> objects) {
    if (schema instanceof ObjectSchema object) {
      objects.putIfAbsent(path, object.additionalProperties());
      boolean closed = object.additionalProperties().kind() == AdditionalProperties.Kind.NONE;
      for (Property property : object.properties()) {
        List<String> child = new ArrayList<>(path);
        child.add(property.name());
        sites.putIfAbsent(List.copyOf(child), new Site(property.schema(), object.isRequired(property.name()), closed,
            property.position()));
        walk(property.schema(), List.copyOf(child), sites, objects);
      }
    } else if (schema instanceof CompositionSchema composition
        && composition.kind() == CompositionSchema.Kind.ALL_OF) {
      composition.parts().stream().filter(part -> !(part instanceof ReferenceSchema))
          .forEach(part -> walk(part, path, sites, objects));
    } else if (schema instanceof ArraySchema array) {
      walk(array.items(), path, sites, objects);
    }
  }
}
