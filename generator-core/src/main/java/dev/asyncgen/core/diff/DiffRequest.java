package dev.asyncgen.core.diff;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.naming.GenerationOptions;
import java.util.Objects;

/**
 * Two specs to compare, and how code is generated from both ({@code options.closedEnums()} decides
 * whether enums keep unknown wire values, the default, or fail on them).
 */
public record DiffRequest(ReadRequest oldSpec, ReadRequest newSpec, GenerationOptions options) {
  public DiffRequest {
    Objects.requireNonNull(oldSpec, "oldSpec");
    Objects.requireNonNull(newSpec, "newSpec");
    Objects.requireNonNull(options, "options");
  }
}
