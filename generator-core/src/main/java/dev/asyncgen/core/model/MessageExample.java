package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;

/**
 * One entry of a message's {@code examples}; payload and headers as plain Java values (Map,
 * List, String, BigInteger, BigDecimal, Boolean, null).
 */
public record MessageExample(
    String name, String summary, Object headers, Object payload, SourcePosition position) {}
