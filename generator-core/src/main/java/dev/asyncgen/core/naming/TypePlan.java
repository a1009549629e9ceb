package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;

/** One generated Java type. */
public sealed interface TypePlan permits RecordPlan, InterfacePlan, EnumPlan, UnionPlan {
  ClassName name();

  /** The Javadoc text, or null. */
  String javadoc();
}
