package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;

/**
 * Small helper types the generated code shares.
 *
 * @param eventNames the class that matches event names against patterns, or null when unused
 */
public record SupportPlan(ClassName eventNames) {}
