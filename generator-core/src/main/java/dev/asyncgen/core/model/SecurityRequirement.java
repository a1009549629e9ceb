package dev.asyncgen.core.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One way to authenticate: every scheme it names, each with the scopes it needs. A server or operation
 * lists alternatives; a 2.x requirement object may name several schemes, a 3.x list item names one.
 *
 * @param schemes scheme name ({@code components/securitySchemes} key) to scopes, sorted by name
 */
public record SecurityRequirement(Map<String, List<String>> schemes) {
  public SecurityRequirement {
    Map<String, List<String>> sorted = new TreeMap<>();
    schemes.forEach((name, scopes) -> sorted.put(name, List.copyOf(scopes)));
    schemes = java.util.Collections.unmodifiableMap(sorted);
  }
}
