package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An enum: a closed set of wire values, or (for event-name patterns) a set of patterns that
 * concrete names are matched against.
 */
public record EnumPlan(ClassName name, String javadoc, List<Constant> constants, boolean eventPatterns)
    implements TypePlan {

  public record Constant(String name, String value) {}

  public EnumPlan {
    constants = List.copyOf(constants);
  }
}
