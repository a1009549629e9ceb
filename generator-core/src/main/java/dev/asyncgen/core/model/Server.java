package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.Map;

public record Server(
    String name,
    String url,
    String protocol,
    String protocolVersion,
    String description,
    Map<String, ServerVariable> variables,
    Map<String, Object> bindings,
    SourcePosition position) {

  public Server {
    variables = Maps.copyOf(variables);
    bindings = Maps.copyOf(bindings);
  }
}
