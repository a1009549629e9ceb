package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;

/**
 * A method that matches the concrete event names in a component against the schema's patterns,
 * e.g. {@code eventTypes()} over {@code events()}.
 *
 * @param component the Java name of the component holding the names (a String or a List of them)
 * @param list whether that component is a list
 */
public record EventViewPlan(String methodName, String component, boolean list, ClassName enumType) {}
