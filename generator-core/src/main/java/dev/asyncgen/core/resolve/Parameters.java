package dev.asyncgen.core.resolve;

import dev.asyncgen.core.load.MapNode;
import dev.asyncgen.core.load.SpecNode;
import dev.asyncgen.core.model.Parameter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads channel parameters, each parameter object once per location: a component parameter and every
 * reference to it share one {@link Parameter} (renamed where a channel calls it otherwise). How a
 * parameter object becomes a {@link Parameter} is the version's own.
 */
final class Parameters {
  private final ReferenceResolver references;
  private final Fields fields;
  private final BiFunction<String, MapNode, Parameter> read;
  private final Map<String, Parameter> byLocation = new HashMap<>();

  /** @param read builds the parameter named by the first argument from its object */
  Parameters(ReferenceResolver references, Fields fields, BiFunction<String, MapNode, Parameter> read) {
    this.references = references;
    this.fields = fields;
    this.read = read;
  }

  /** A component parameter, shared with every reference to its location. */
  Parameter component(String name, SpecNode node, Location location) {
    return parameter(name, node, location.canonical());
  }

  /** A channel's {@code parameters}, by name, in document order. */
  Map<String, Parameter> of(MapNode channel) {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    MapNode map = fields.map(channel, "parameters");
    if (map != null) {
      map.entries().forEach((name, node) -> {
        Parameter parameter = parameter(name, node, null);
        if (parameter != null) {
          parameters.put(name, parameter);
        }
      });
    }
    return parameters;
  }

  private Parameter parameter(String name, SpecNode node, String componentLocation) {
    ReferenceResolver.Target target = references.follow(node);
    if (target == null) {
      return null;
    }
    String location = target.location() != null ? target.location().canonical() : componentLocation;
    Parameter known = location == null ? null : byLocation.get(location);
    if (known != null) {
      return known.name().equals(name) ? known
          : new Parameter(name, known.description(), known.schema(), known.location(), known.position());
    }
    MapNode map = fields.asMap(target.node(), "parameter '" + name + "'");
    if (map == null) {
      return null;
    }
    Parameter parameter = read.apply(name, map);
    if (location != null) {
      byLocation.put(location, parameter);
    }
    return parameter;
  }
}
