package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * An enumeration of wire values, or (for event-name patterns) a set of patterns that concrete
 * names are matched against.
 *
 * @param known for an open enum, the nested Java enum of its known values plus {@link #UNKNOWN};
 *     null otherwise
 */
public record EnumPlan(ClassName name, String javadoc, List<Constant> constants, Kind kind, ClassName known)
    implements TypePlan {

  /** The constant of {@link #known()} that every value the spec does not list maps to. */
  public static final String UNKNOWN = "UNKNOWN";

  public record Constant(String name, String value) {}

  public enum Kind {
    /** A final class with a constant per known value that also keeps values the spec does not list. */
    OPEN,
    /** A Java enum: decoding fails on a value the spec does not list. */
    CLOSED,
    /** A Java enum of event-name patterns; the names themselves stay strings, so none is refused. */
    EVENT_PATTERNS
  }

  public EnumPlan {
    constants = List.copyOf(constants);
  }

  public boolean eventPatterns() {
    return kind == Kind.EVENT_PATTERNS;
  }
}
