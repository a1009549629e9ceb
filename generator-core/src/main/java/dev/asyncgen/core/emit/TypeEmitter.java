package dev.asyncgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.ComponentPlan;
import dev.asyncgen.core.naming.EnumPlan;
import dev.asyncgen.core.naming.EventViewPlan;
import dev.asyncgen.core.naming.InterfacePlan;
import dev.asyncgen.core.naming.ModelAnnotation;
import dev.asyncgen.core.naming.RecordPlan;
import dev.asyncgen.core.naming.SupportPlan;
import dev.asyncgen.core.naming.TypePlan;
import dev.asyncgen.core.naming.UnionPlan;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Turns record, interface and enum plans into JavaPoet types, one small method per member. */
final class TypeEmitter {
  /** The longest list of values an enum's {@code fromValue} message spells out, in characters. */
  private static final int EXPECTED_VALUES_LISTED = 1_000;

  private final SupportPlan support;

  TypeEmitter(SupportPlan support) {
    this.support = support;
  }

  TypeSpec emit(TypePlan plan, boolean topLevel) {
    return emit(plan, topLevel, false);
  }

  /** @param inInterface JavaPoet insists that types nested in an interface say {@code static}, as javac allows */
  private TypeSpec emit(TypePlan plan, boolean topLevel, boolean inInterface) {
    TypeSpec.Builder builder;
    if (plan instanceof RecordPlan record) {
      builder = record(record);
    } else if (plan instanceof InterfacePlan interfacePlan) {
      builder = interfaceType(interfacePlan);
    } else if (plan instanceof UnionPlan union) {
      builder = unionType(union);
    } else if (plan instanceof EnumPlan enumPlan && enumPlan.kind() == EnumPlan.Kind.OPEN) {
      builder = OpenEnumEmitter.emit(enumPlan);
    } else {
      builder = enumType((EnumPlan) plan);
    }
    if (topLevel) {
      builder.addAnnotation(Annotations.GENERATED);
    }
    support.modelAnnotations().forEach(annotation -> builder.addAnnotation(modelAnnotation(annotation)));
    // A class nested in a record would otherwise be an inner class, which a static factory cannot create.
    boolean nestedClass = plan instanceof EnumPlan e && e.kind() == EnumPlan.Kind.OPEN && !topLevel;
    if (inInterface || nestedClass) {
      builder.addModifiers(Modifier.STATIC);
    }
    return builder.build();
  }

  /** The user's text between the parentheses is written as it is: {@code ModelAnnotation} checked it stays there. */
  private static AnnotationSpec modelAnnotation(ModelAnnotation annotation) {
    AnnotationSpec.Builder spec = AnnotationSpec.builder(annotation.type());
    if (!annotation.arguments().isEmpty()) {
      spec.addMember("value", "$L", annotation.arguments());
    }
    return spec.build();
  }

  private TypeSpec.Builder record(RecordPlan plan) {
    TypeSpec.Builder record = TypeSpec.recordBuilder(plan.name()).addModifiers(Modifier.PUBLIC);
    record.addJavadoc(recordJavadoc(plan));
    record.addAnnotation(AnnotationSpec.builder(Annotations.JSON_INCLUDE)
        .addMember("value", "$T.Include.NON_NULL", Annotations.JSON_INCLUDE).build());
    if (plan.unknownProperties() == RecordPlan.UnknownProperties.IGNORE) {
      record.addAnnotation(AnnotationSpec.builder(Annotations.JSON_IGNORE_PROPERTIES)
          .addMember("ignoreUnknown", "true").build());
    }
    record.addSuperinterfaces(plan.interfaces());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
    plan.components().forEach(component -> constructor.addParameter(componentParameter(component)));
    if (plan.additionalProperties() != null) {
      constructor.addParameter(ParameterSpec.builder(additionalType(plan), plan.additionalProperties().name())
          .addAnnotation(Annotations.JSON_ANY_SETTER).build());
    }
    record.recordConstructor(constructor.build());
    CodeBlock checks = compactConstructorBody(plan);
    if (!checks.isEmpty()) {
      record.addMethod(MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC).addCode(checks).build());
    }
    if (plan.additionalProperties() != null) {
      record.addMethod(anyGetter(plan));
    }
    plan.eventViews().forEach(view -> record.addMethod(eventView(view, isRequired(plan, view.component()))));
    plan.nested().forEach(nested -> record.addType(emit(nested, false)));
    if (plan.builder() != null) {
      BuilderEmitter.addTo(record, plan);
    }
    return record;
  }

  private static CodeBlock recordJavadoc(RecordPlan plan) {
    CodeBlock.Builder javadoc = CodeBlock.builder().add(recordJavadocText(plan));
    boolean anyParam = false;
    for (ComponentPlan component : plan.components()) {
      String text = SpecText.javadoc(component.javadoc());
      if (text != null || !component.name().equals(component.jsonName())) {
        if (!anyParam && !javadoc.isEmpty()) {
          javadoc.add("\n");
        }
        anyParam = true;
        String wire = component.name().equals(component.jsonName()) ? "" : SpecText.code(component.jsonName());
        String separator = text != null && !wire.isEmpty() ? ": " : "";
        javadoc.add("@param $L $L$L$L\n", component.name(), wire, separator, text == null ? "" : text);
      }
    }
    return javadoc.build();
  }

  /**
   * The spec's description, or for a record without one that implements interfaces, what it is: the
   * only Javadoc not from the spec, so it is written here rather than escaped.
   */
  private static CodeBlock recordJavadocText(RecordPlan plan) {
    if (plan.javadoc() != null || plan.interfaces().isEmpty()) {
      return SpecText.javadocBlock(plan.javadoc());
    }
    return CodeBlock.of("The {@code $L} schema: $L with its own properties, flattened into one record.\n",
        plan.name().simpleName(), plan.interfaces().stream().map(i -> CodeBlock.of("{@link $T}", i))
            .collect(CodeBlock.joining(", ")));
  }

  private static ParameterSpec componentParameter(ComponentPlan component) {
    AnnotationSpec.Builder property = AnnotationSpec.builder(Annotations.JSON_PROPERTY);
    if (component.required()) {
      property.addMember("value", SpecText.literal(component.jsonName())).addMember("required", "true");
    } else {
      property.addMember("value", SpecText.literal(component.jsonName()));
    }
    ParameterSpec.Builder parameter = ParameterSpec.builder(
            ValidationAnnotations.annotateElements(component.type(), component.constraints()), component.name())
        .addAnnotation(property.build());
    if (component.dateTime()) {
      parameter.addAnnotation(dateTimeFormat(component.type()));
    }
    parameter.addAnnotations(ValidationAnnotations.of(component.constraints()));
    return parameter.build();
  }

  /** java.time values are written as ISO-8601 strings whatever the mapper's defaults. */
  private static AnnotationSpec dateTimeFormat(TypeName type) {
    AnnotationSpec.Builder format = AnnotationSpec.builder(Annotations.JSON_FORMAT)
        .addMember("shape", "$T.Shape.STRING", Annotations.JSON_FORMAT);
    if (type.equals(ClassName.get(OffsetDateTime.class))) {
      // Keep the offset the server sent instead of converting to the mapper's time zone.
      // $Z: where the parameter's line is too long, it wraps here.
      format.addMember("without", "$Z$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", Annotations.JSON_FORMAT);
    }
    return format.build();
  }

  private static TypeName additionalType(RecordPlan plan) {
    return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        plan.additionalProperties().valueType());
  }

  /** Required values are checked; collections are copied into unmodifiable ones that keep nulls. */
  private static CodeBlock compactConstructorBody(RecordPlan plan) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (ComponentPlan component : plan.components()) {
      String name = component.name();
      if (component.required() && !component.type().isPrimitive()) {
        body.addStatement("$T.requireNonNull($N, $L)", Objects.class, name,
            SpecText.literal(component.missingMessage()));
      }
      CodeBlock copy = copy(component.collection(), name);
      if (copy != null) {
        if (component.required()) {
          body.addStatement("$N = $L", name, copy);
        } else {
          body.addStatement("$N = $N == null ? null :$W$L", name, name, copy);
        }
      }
    }
    if (plan.additionalProperties() != null) {
      String name = plan.additionalProperties().name();
      body.addStatement("$N = $N == null ? $T.of() :$W$L", name, name, Map.class,
          copy(ComponentPlan.Collection.MAP, name));
    }
    return body.build();
  }

  private static CodeBlock copy(ComponentPlan.Collection collection, String name) {
    return switch (collection) {
      case LIST -> CodeBlock.of("$T.unmodifiableList(new $T<>($N))", Collections.class, ArrayList.class, name);
      case MAP -> CodeBlock.of("$T.unmodifiableMap(new $T<>($N))", Collections.class, LinkedHashMap.class, name);
      case NONE -> null;
    };
  }

  private static MethodSpec anyGetter(RecordPlan plan) {
    String name = plan.additionalProperties().name();
    return MethodSpec.methodBuilder(name)
        .addJavadoc("Properties the schema does not name, kept as received.\n")
        .addAnnotation(Annotations.JSON_ANY_GETTER)
        .addModifiers(Modifier.PUBLIC)
        .returns(additionalType(plan))
        .addStatement("return $N", name)
        .build();
  }

  /** Whether the constructor already refuses null for the component. */
  private static boolean isRequired(RecordPlan plan, String component) {
    return plan.components().stream().anyMatch(c -> c.name().equals(component) && c.required());
  }

  /** @param required the component cannot be null, so it is not checked again */
  private static MethodSpec eventView(EventViewPlan view, boolean required) {
    TypeName result = ParameterizedTypeName.get(ClassName.get(Set.class), view.enumType());
    CodeBlock names = view.list()
        ? CodeBlock.of("$N", view.component())
        : CodeBlock.of("$T.singletonList($N)", Collections.class, view.component());
    return MethodSpec.methodBuilder(view.methodName())
        .addJavadoc("The patterns that the names in {@link #$L()} match; empty when there are none.\n",
            view.component())
        .addAnnotation(Annotations.JSON_IGNORE)
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addCode(required
            ? CodeBlock.of("return $T.matching($L);\n", view.enumType(), names)
            : CodeBlock.of("return $N == null ? $T.of() : $T.matching($L);\n", view.component(), Set.class,
                view.enumType(), names))
        .build();
  }

  private TypeSpec.Builder interfaceType(InterfacePlan plan) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(plan.name()).addModifiers(Modifier.PUBLIC);
    type.addJavadoc(SpecText.javadocBlock(plan.javadoc()));
    type.addSuperinterfaces(plan.superInterfaces());
    if (!plan.permits().isEmpty()) {
      type.addModifiers(Modifier.SEALED);
      plan.permits().forEach(type::addPermittedSubclass);
    }
    for (InterfacePlan.Accessor accessor : plan.accessors()) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(accessor.name())
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(accessor.type());
      String javadoc = SpecText.javadoc(accessor.javadoc());
      if (javadoc != null) {
        method.addJavadoc("$L\n", javadoc);
      }
      type.addMethod(method.build());
    }
    plan.nested().forEach(nested -> type.addType(emit(nested, false, true)));
    if (plan.defaultRecord() != null) {
      type.addMethod(decodedAsDefault(plan));
      type.addType(emit(plan.defaultRecord(), false, true));
    }
    return type;
  }

  /**
   * How Jackson decodes the interface itself: a delegating creator handing over its default record. Jackson 2
   * and 3 both read it (databind's {@code @JsonDeserialize(as = ...)} would tie the code to one of them), and,
   * being static, the records that implement the interface do not inherit it.
   */
  private static MethodSpec decodedAsDefault(InterfacePlan plan) {
    ClassName record = plan.defaultRecord().name();
    return MethodSpec.methodBuilder("of")
        .addJavadoc("What JSON decodes to where {@link $T} is expected: a {@link $T}.\n\n", plan.name(), record)
        .addJavadoc("@param value the decoded record\n@return the same record\n")
        .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
            .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(plan.name())
        .addParameter(record, "value")
        .addStatement("return value")
        .build();
  }

  /**
   * A sealed interface over alternative records, with the Jackson polymorphism that tells them
   * apart: the discriminator property when the spec names one, else deduction from the properties.
   */
  private static TypeSpec.Builder unionType(UnionPlan plan) {
    TypeSpec.Builder type = TypeSpec.interfaceBuilder(plan.name()).addModifiers(Modifier.PUBLIC, Modifier.SEALED);
    CodeBlock.Builder javadoc = CodeBlock.builder().add(SpecText.javadocBlock(plan.javadoc()));
    if (!javadoc.isEmpty()) {
      javadoc.add("\n");
    }
    if (plan.discriminator() == null) {
      javadoc.add("<p>Decoding picks the alternative whose properties the JSON has (Jackson deduction).\n");
    } else {
      javadoc.add("<p>Decoding picks the alternative named by the $L property.\n", SpecText.code(plan.discriminator()));
    }
    if (plan.unknown() != null) {
      javadoc.add(plan.discriminator() == null
          ? "JSON that fits no alternative, or more than one, decodes to {@link $T}.\n"
          : "A missing value, or one that names no alternative, decodes to {@link $T}.\n", plan.unknown());
    }
    type.addJavadoc(javadoc.build());
    AnnotationSpec.Builder typeInfo = AnnotationSpec.builder(Annotations.JSON_TYPE_INFO);
    if (plan.discriminator() == null) {
      typeInfo.addMember("use", "$T.Id.DEDUCTION", Annotations.JSON_TYPE_INFO);
    } else {
      typeInfo.addMember("use", "$T.Id.NAME", Annotations.JSON_TYPE_INFO)
          .addMember("include", "$T.As.EXISTING_PROPERTY", Annotations.JSON_TYPE_INFO)
          .addMember("property", SpecText.literal(plan.discriminator()))
          .addMember("visible", "true");
    }
    if (plan.unknown() != null) {
      typeInfo.addMember("defaultImpl", "$T.class", plan.unknown());
    }
    type.addAnnotation(typeInfo.build());
    AnnotationSpec.Builder subTypes = AnnotationSpec.builder(Annotations.JSON_SUB_TYPES);
    for (UnionPlan.Member member : plan.members()) {
      AnnotationSpec.Builder subType = AnnotationSpec.builder(Annotations.JSON_SUB_TYPES.nestedClass("Type"))
          .addMember("value", "$T.class", member.type());
      if (plan.discriminator() != null) {
        subType.addMember("name", SpecText.literal(member.discriminatorValue()));
      }
      subTypes.addMember("value", "$L", subType.build());
      type.addPermittedSubclass(member.type());
    }
    type.addAnnotation(subTypes.build());
    if (plan.unknown() != null) {
      type.addPermittedSubclass(plan.unknown());
    }
    return type;
  }

  private TypeSpec.Builder enumType(EnumPlan plan) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(plan.name()).addModifiers(Modifier.PUBLIC);
    String field = plan.eventPatterns() ? "pattern" : "value";
    for (EnumPlan.Constant constant : plan.constants()) {
      type.addEnumConstant(constant.name(), TypeSpec.anonymousClassBuilder(SpecText.literal(constant.value())).build());
    }
    type.addField(String.class, field, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, field)
        .addStatement("this.$N = $N", field, field)
        .build());
    if (plan.eventPatterns()) {
      eventPatternMembers(type, plan);
    } else {
      valueMembers(type, plan);
    }
    return type;
  }

  private static void valueMembers(TypeSpec.Builder type, EnumPlan plan) {
    type.addJavadoc(SpecText.javadocBlock(plan.javadoc()));
    type.addMethod(wireValue("The value on the wire.\n"));
    String expected = expectedValues(plan);
    type.addMethod(MethodSpec.methodBuilder("fromValue")
        .addJavadoc("The constant for a wire value.\n\n@throws IllegalArgumentException for any other value\n")
        .addAnnotation(Annotations.JSON_CREATOR)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(plan.name())
        .addParameter(String.class, "value")
        .beginControlFlow("for ($T constant : values())", plan.name())
        .beginControlFlow("if (constant.value.equals(value))")
        .addStatement("return constant")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T($S + value +$W$L)", IllegalArgumentException.class,
            "unknown " + plan.name().simpleName() + " '", SpecText.literal("'; expected " + expected))
        .build());
    type.addMethod(toStringIsTheValue());
  }

  /** {@code value()}, the string Jackson writes: the wire value of an enum constant. */
  static MethodSpec wireValue(String javadoc) {
    return MethodSpec.methodBuilder("value")
        .addJavadoc(javadoc)
        .addAnnotation(Annotations.JSON_VALUE)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value")
        .build();
  }

  static MethodSpec toStringIsTheValue() {
    return MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value")
        .build();
  }

  /**
   * The values {@code fromValue}'s message lists: all of them while the message stays short, else
   * their number (thousands of values would make a string constant beyond the class file's 64 KiB).
   */
  private static String expectedValues(EnumPlan plan) {
    String all = plan.constants().stream().map(c -> "'" + c.value() + "'").collect(Collectors.joining(", "));
    return all.length() <= EXPECTED_VALUES_LISTED ? "one of " + all
        : String.format(java.util.Locale.ROOT, "one of its %,d values", plan.constants().size());
  }

  private void eventPatternMembers(TypeSpec.Builder type, EnumPlan plan) {
    CodeBlock.Builder javadoc = CodeBlock.builder().add(SpecText.javadocBlock(plan.javadoc()));
    if (!javadoc.isEmpty()) {
      javadoc.add("\n");
    }
    javadoc.add("Event-name patterns, matched as {@link $T} says: {@code users.*.update.name} matches\n"
        + "{@code users.42.update.name}.\n", support.eventPattern());
    type.addJavadoc(javadoc.build());
    type.addField(FieldSpec.builder(ArrayTypeName.of(plan.name()), "ALL", Modifier.PRIVATE, Modifier.STATIC,
        Modifier.FINAL).initializer("values()").build());
    type.addSuperinterface(support.eventPattern());
    type.addMethod(MethodSpec.methodBuilder("pattern")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return pattern")
        .build());
    type.addMethod(MethodSpec.methodBuilder("matching")
        .addJavadoc("Every pattern that at least one of the names fits, in declaration order.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Set.class), plan.name()))
        .addParameter(ParameterizedTypeName.get(Collection.class, String.class), "eventNames")
        .addStatement("return $T.matching($T.class, ALL, eventNames)", support.eventPattern(), plan.name())
        .build());
  }
}
