package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.model.AdditionalProperties;
import dev.asyncgen.core.model.ArraySchema;
import dev.asyncgen.core.model.CompositionSchema;
import dev.asyncgen.core.model.IntegerSchema;
import dev.asyncgen.core.model.NamedSchema;
import dev.asyncgen.core.model.NumberSchema;
import dev.asyncgen.core.model.ObjectSchema;
import dev.asyncgen.core.model.ReferenceSchema;
import dev.asyncgen.core.model.Schema;
import dev.asyncgen.core.model.StringSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Plans the {@code jakarta.validation} constraints of record components from their schemas ({@code --bean-validation}):
 * each keyword only where its annotation applies to the component's Java type, so that a validator never meets a
 * constraint it has no check for ({@code maxLength} on a {@code UUID}, say).
 */
final class ConstraintPlanner {
  private static final Set<TypeName> WHOLE_NUMBERS = Set.of(TypeName.LONG, TypeName.INT, TypeName.SHORT,
      TypeName.BYTE, TypeName.LONG.box(), TypeName.INT.box(), TypeName.SHORT.box(), TypeName.BYTE.box(),
      ClassName.get(BigInteger.class), ClassName.get(BigDecimal.class));
  private static final Set<TypeName> FRACTIONS = Set.of(TypeName.DOUBLE, TypeName.FLOAT, TypeName.DOUBLE.box(),
      TypeName.FLOAT.box());

  private final NamedTypes named;
  private final Diagnostics diagnostics;

  ConstraintPlanner(NamedTypes named, Diagnostics diagnostics) {
    this.named = named;
    this.diagnostics = diagnostics;
  }

  /**
   * The constraints of a component.
   *
   * @param notNull whether the record refuses null for it
   */
  Constraints component(String property, Schema schema, TypeName type, boolean notNull) {
    return of(property, schema, type, new HashSet<>()).withNotNull(notNull && !type.isPrimitive());
  }

  private Constraints of(String property, Schema schema, TypeName type, Set<String> aliases) {
    Schema shape = schema;
    while (shape instanceof ReferenceSchema reference && named.kind(reference.name()) == SchemaKind.ALIAS
        && aliases.add(reference.name())) {
      NamedSchema alias = named.schema(reference.name());
      if (alias == null) {
        return Constraints.NONE;
      }
      shape = alias.schema();
    }
    Map<String, Object> keywords = shape.info().constraints();
    Constraints.Size size = null;
    String pattern = null;
    Constraints.Bound lower = null;
    Constraints.Bound upper = null;
    Constraints elements = null;
    if (shape instanceof StringSchema && type.equals(TypeMapper.STRING)) {
      size = size(keywords.get("minLength"), keywords.get("maxLength"));
      pattern = pattern(property, shape, keywords.get("pattern"));
    } else if (shape instanceof IntegerSchema || shape instanceof NumberSchema) {
      boolean whole = WHOLE_NUMBERS.contains(type);
      if (whole || FRACTIONS.contains(type)) {
        boolean integral = shape instanceof IntegerSchema && whole;
        lower = bound(keywords.get("minimum"), keywords.get("exclusiveMinimum"), integral, true);
        upper = bound(keywords.get("maximum"), keywords.get("exclusiveMaximum"), integral, false);
      }
    } else if (shape instanceof ArraySchema array && isA(type, TypeMapper.LIST)) {
      size = size(keywords.get("minItems"), keywords.get("maxItems"));
      if (array.tupleItems().isEmpty()) {
        elements = of(property, array.items(), typeArgument(type, 0), aliases);
      }
    } else if (shape instanceof ObjectSchema object && isA(type, TypeMapper.MAP)) {
      size = size(keywords.get("minProperties"), keywords.get("maxProperties"));
      if (object.additionalProperties().kind() == AdditionalProperties.Kind.TYPED) {
        elements = of(property, object.additionalProperties().schema(), typeArgument(type, 1), aliases);
      }
    }
    Constraints planned = new Constraints(false, size, pattern, lower, upper, isGeneratedType(shape),
        elements == null || elements.isEmpty() ? null : elements);
    return planned.isEmpty() ? Constraints.NONE : planned;
  }

  /** Records, interfaces and unions carry constraints of their own; enums and aliases do not. */
  private boolean isGeneratedType(Schema shape) {
    if (shape instanceof ReferenceSchema reference) {
      SchemaKind kind = named.kind(reference.name());
      return kind == SchemaKind.RECORD || kind == SchemaKind.INTERFACE || kind == SchemaKind.UNION;
    }
    return shape instanceof ObjectSchema object && !object.properties().isEmpty()
        || shape instanceof CompositionSchema composition && composition.kind() == CompositionSchema.Kind.ALL_OF;
  }

  private static boolean isA(TypeName type, ClassName raw) {
    return type instanceof ParameterizedTypeName parameterized && parameterized.rawType().equals(raw);
  }

  private static TypeName typeArgument(TypeName type, int index) {
    return ((ParameterizedTypeName) type).typeArguments().get(index);
  }

  /** Lengths and counts that are whole and not negative; a bound beyond {@code int} is {@code int}'s largest. */
  private static Constraints.Size size(Object min, Object max) {
    Integer low = count(min);
    Integer high = count(max);
    if (low != null && low == 0) {
      low = null;
    }
    return low == null && high == null ? null : new Constraints.Size(low, high);
  }

  private static Integer count(Object value) {
    BigDecimal number = decimal(value);
    if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : number.intValue();
  }

  /**
   * The tighter of {@code minimum} (exclusive when a draft-04 style {@code exclusiveMinimum: true} says so) and a
   * numeric draft-06 style {@code exclusiveMinimum}; the same for the upper bound.
   */
  private static Constraints.Bound bound(Object inclusiveValue, Object exclusiveValue, boolean integer,
      boolean lowerBound) {
    BigDecimal plain = decimal(inclusiveValue);
    BigDecimal exclusive = decimal(exclusiveValue);
    boolean plainExclusive = Boolean.TRUE.equals(exclusiveValue);
    Constraints.Bound bound = plain == null ? null
        : new Constraints.Bound(plain, !plainExclusive, integer && !plainExclusive && isWhole(plain));
    if (exclusive != null) {
      int order = exclusive.compareTo(plain == null ? exclusive : plain);
      if (plain == null || (lowerBound ? order >= 0 : order <= 0)) {
        bound = new Constraints.Bound(exclusive, false, false);
      }
    }
    return bound;
  }

  private static boolean isWhole(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0
        && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
        && value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0;
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
      return new BigDecimal(number.toString());
    }
    return null;
  }

  /** The pattern as {@code @Pattern} reads it, or null with a warning when Java's regular expressions cannot. */
  private String pattern(String property, Schema shape, Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    String whole = Constraints.wholeMatch(text);
    try {
      Pattern.compile(whole);
    } catch (PatternSyntaxException e) {
      diagnostics.warning(shape.position(), "the pattern '" + text + "' of '" + property
          + "' is not a regular expression Java reads (" + e.getDescription() + "): no @Pattern for it");
      return null;
    }
    if (JavaLimits.modifiedUtf8Length(whole) > JavaLimits.CONSTANT_BYTES) {
      diagnostics.warning(shape.position(), "the pattern of '" + property
          + "' is too long for a Java string constant: no @Pattern for it");
      return null;
    }
    return whole;
  }
}
