package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;

public record CorrelationId(String location, String description, SourcePosition position) {}
