package dev.asyncgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.naming.Constraints;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes planned {@link Constraints} as {@code jakarta.validation} annotations: a component's own on the component,
 * those of a list's items or a map's values on the type argument ({@code List<@Valid Item>}).
 */
final class ValidationAnnotations {
  private static final String CONSTRAINTS = "jakarta.validation.constraints";
  static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");
  static final ClassName NOT_NULL = ClassName.get(CONSTRAINTS, "NotNull");
  static final ClassName SIZE = ClassName.get(CONSTRAINTS, "Size");
  static final ClassName PATTERN = ClassName.get(CONSTRAINTS, "Pattern");
  static final ClassName MIN = ClassName.get(CONSTRAINTS, "Min");
  static final ClassName MAX = ClassName.get(CONSTRAINTS, "Max");
  static final ClassName DECIMAL_MIN = ClassName.get(CONSTRAINTS, "DecimalMin");
  static final ClassName DECIMAL_MAX = ClassName.get(CONSTRAINTS, "DecimalMax");

  private ValidationAnnotations() {}

  /** The annotations on the value itself, in a fixed order. */
  static List<AnnotationSpec> of(Constraints constraints) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (constraints.notNull()) {
      annotations.add(AnnotationSpec.builder(NOT_NULL).build());
    }
    if (constraints.cascade()) {
      annotations.add(AnnotationSpec.builder(VALID).build());
    }
    if (constraints.size() != null) {
      annotations.add(size(constraints.size()));
    }
    if (constraints.pattern() != null) {
      annotations.add(AnnotationSpec.builder(PATTERN)
          .addMember("regexp", "$L", SpecText.literal(constraints.pattern())).build());
    }
    if (constraints.lower() != null) {
      annotations.add(bound(constraints.lower(), MIN, DECIMAL_MIN));
    }
    if (constraints.upper() != null) {
      annotations.add(bound(constraints.upper(), MAX, DECIMAL_MAX));
    }
    return annotations;
  }

  /** {@code type} with the element constraints on its last type argument, at every level of nesting. */
  static TypeName annotateElements(TypeName type, Constraints constraints) {
    Constraints elements = constraints.elements();
    if (elements == null || !(type instanceof ParameterizedTypeName parameterized)) {
      return type;
    }
    List<TypeName> arguments = new ArrayList<>(parameterized.typeArguments());
    int last = arguments.size() - 1;
    arguments.set(last, annotateElements(arguments.get(last), elements).annotated(of(elements)));
    return ParameterizedTypeName.get(parameterized.rawType(), arguments.toArray(TypeName[]::new));
  }

  private static AnnotationSpec size(Constraints.Size size) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(SIZE);
    if (size.min() != null) {
      annotation.addMember("min", "$L", size.min());
    }
    if (size.max() != null) {
      annotation.addMember("max", "$L", size.max());
    }
    return annotation.build();
  }

  private static AnnotationSpec bound(Constraints.Bound bound, ClassName whole, ClassName decimal) {
    if (bound.integral()) {
      long value = bound.value().longValueExact();
      return AnnotationSpec.builder(whole)
          .addMember("value", "$L", value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? value : value + "L")
          .build();
    }
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(decimal)
        .addMember("value", "$S", bound.value().toPlainString());
    if (!bound.inclusive()) {
      annotation.addMember("inclusive", "false");
    }
    return annotation.build();
  }
}
