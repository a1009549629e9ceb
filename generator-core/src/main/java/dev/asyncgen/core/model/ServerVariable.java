package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;

public record ServerVariable(
    String name, String description, String defaultValue, List<String> enumValues, SourcePosition position) {
  public ServerVariable {
    enumValues = List.copyOf(enumValues);
  }
}
