package dev.asyncgen.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A test run once per {@link SpecShape}; each run is named after its version ("in AsyncAPI 3.0.0"). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "in {0}")
@EnumSource(SpecShape.class)
public @interface EachVersion {}
