package dev.asyncgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.EnumPlan;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * An open enum: a final class with a constant per value the spec lists, that also keeps any other
 * value a server sends, so that a spec lagging behind its servers loses no message. Users switch
 * over {@code known()}, a nested Java enum with an {@code UNKNOWN} constant for the rest.
 */
final class OpenEnumEmitter {
  /** Private members have lower-case names: a constant's name is upper case, so they never clash. */
  private static final String KNOWN_VALUES = "knownValues";
  /**
   * Builds the list outside the static initializer, which must hold 64 KiB of code at most: a
   * constant costs it 16 bytes, as much as a Java enum's, so open enums fit as many values.
   */
  private static final String LIST_KNOWN_VALUES = "listKnownValues";

  private OpenEnumEmitter() {}

  static TypeSpec.Builder emit(EnumPlan plan) {
    ClassName self = plan.name();
    TypeSpec.Builder type = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    type.addJavadoc(javadoc(plan));
    for (EnumPlan.Constant constant : plan.constants()) {
      type.addField(FieldSpec.builder(self, constant.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T($L, $T.$N)", self, SpecText.literal(constant.value()), plan.known(), constant.name())
          .build());
    }
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), self);
    type.addField(FieldSpec.builder(list, KNOWN_VALUES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$N()", LIST_KNOWN_VALUES)
        .build());
    type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(plan.known(), "known", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addParameter(plan.known(), "known")
        .addStatement("this.value = value")
        .addStatement("this.known = known")
        .build());
    type.addMethod(MethodSpec.methodBuilder(LIST_KNOWN_VALUES)
        .addJavadoc("In a method of its own: a big enum's static initializer has no room for the list.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(list)
        .addStatement("return $T.of($L)", List.class, plan.constants().stream()
            .map(c -> CodeBlock.of("$N", c.name())).collect(CodeBlock.joining(",$W")))
        .build());
    type.addMethod(of(plan));
    type.addMethod(MethodSpec.methodBuilder("values")
        .addJavadoc("The values the spec lists, in its order.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(list)
        .addStatement("return $N", KNOWN_VALUES)
        .build());
    type.addMethod(TypeEmitter.wireValue("The value on the wire, as received.\n"));
    type.addMethod(MethodSpec.methodBuilder("isKnown")
        .addJavadoc("Whether the spec lists this value.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addStatement("return known != $T.$N", plan.known(), EnumPlan.UNKNOWN)
        .build());
    type.addMethod(MethodSpec.methodBuilder("known")
        .addJavadoc("The constant to {@code switch} over: {@code $N} for a value the spec does not list.\n",
            EnumPlan.UNKNOWN)
        .addModifiers(Modifier.PUBLIC)
        .returns(plan.known())
        .addStatement("return known")
        .build());
    type.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .addStatement("return other instanceof $T that && value.equals(that.value)", self)
        .build());
    type.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return value.hashCode()")
        .build());
    type.addMethod(TypeEmitter.toStringIsTheValue());
    type.addType(knownEnum(plan));
    return type;
  }

  private static CodeBlock javadoc(EnumPlan plan) {
    CodeBlock.Builder javadoc = CodeBlock.builder().add(SpecText.javadocBlock(plan.javadoc()));
    if (!javadoc.isEmpty()) {
      javadoc.add("\n");
    }
    return javadoc.add("<p>An open enum: a value the spec does not list is kept as received, and written back\n"
        + "unchanged. Known values are the constants (compare them with {@code ==}); switch over\n"
        + "{@link #known()}.\n").build();
  }

  /** Known values give their constant; any other a new instance, so that decoding never fails on a value. */
  private static MethodSpec of(EnumPlan plan) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc("The constant for a known value, else a value that keeps {@code value}.\n")
        .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
            // Delegating: the value is the whole JSON string, never a property named "value".
            .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(plan.name())
        .addParameter(String.class, "value")
        .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
        .beginControlFlow("for ($T candidate : $N)", plan.name(), KNOWN_VALUES)
        .beginControlFlow("if (candidate.value.equals(value))")
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new $T(value, $T.$N)", plan.name(), plan.known(), EnumPlan.UNKNOWN)
        .build();
  }

  private static TypeSpec knownEnum(EnumPlan plan) {
    TypeSpec.Builder known = TypeSpec.enumBuilder(plan.known()).addModifiers(Modifier.PUBLIC);
    known.addJavadoc("The values the spec lists, and {@code $N} for any other.\n", EnumPlan.UNKNOWN);
    for (EnumPlan.Constant constant : plan.constants()) {
      known.addEnumConstant(constant.name());
    }
    known.addEnumConstant(EnumPlan.UNKNOWN);
    return known.build();
  }
}
