package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;

/**
 * Small helper types the generated code shares.
 *
 * @param eventPattern the interface every event-pattern enum implements (with the matching logic),
 *     or null when the spec has no event patterns
 */
public record SupportPlan(ClassName eventPattern) {}
