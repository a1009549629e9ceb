package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.ComponentPlan;
import dev.asyncgen.core.naming.RecordPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A record's builder ({@code --builders}): a setter per component, {@code build()} through the canonical constructor,
 * so the record's own checks run there; {@code toBuilder()} starts one from a record's values.
 */
final class BuilderEmitter {
  private static final String SOURCE = "source";

  private BuilderEmitter() {}

  static void addTo(TypeSpec.Builder record, RecordPlan plan) {
    RecordPlan.BuilderPlan builder = plan.builder();
    record.addMethod(MethodSpec.methodBuilder(builder.factory())
        .addJavadoc("A builder with no value set.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(builder.name())
        .addStatement("return new $T()", builder.name())
        .build());
    record.addMethod(MethodSpec.methodBuilder(builder.copy())
        .addJavadoc("A builder holding this record's values, to build a changed copy.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder.name())
        .addStatement("return new $T(this)", builder.name())
        .build());
    record.addType(builderClass(plan));
  }

  private static TypeSpec builderClass(RecordPlan plan) {
    ClassName self = plan.builder().name();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T} by name: set what you need, then {@link #build()}, which checks what the\n"
            + "record's constructor checks. Lists and maps are copied when set.\n", plan.name());
    List<Value> values = values(plan);
    values.forEach(value -> type.addField(FieldSpec.builder(value.type().box(), value.name(), Modifier.PRIVATE)
        .build()));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder copy = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addParameter(plan.name(), SOURCE);
    values.forEach(value -> copy.addStatement("this.$N = $N.$N()", value.name(), SOURCE, value.name()));
    type.addMethod(copy.build());
    values.forEach(value -> type.addMethod(setter(self, value)));
    type.addMethod(build(plan, values));
    return type.build();
  }

  /** A component, or the map of unnamed properties, as the builder holds it. */
  private record Value(String name, TypeName type, ComponentPlan.Collection collection, String missingMessage) {}

  private static List<Value> values(RecordPlan plan) {
    List<Value> values = new ArrayList<>();
    for (ComponentPlan component : plan.components()) {
      // A required primitive is held boxed, so that one never set is told from a zero.
      String missing = component.required() && component.type().isPrimitive() ? component.missingMessage() : null;
      values.add(new Value(component.name(), component.type(), component.collection(), missing));
    }
    if (plan.additionalProperties() != null) {
      RecordPlan.AdditionalPropertiesPlan additional = plan.additionalProperties();
      values.add(new Value(additional.name(), ParameterizedTypeName.get(ClassName.get(Map.class),
          ClassName.get(String.class), additional.valueType()), ComponentPlan.Collection.MAP, null));
    }
    return values;
  }

  private static MethodSpec setter(ClassName self, Value value) {
    CodeBlock stored = switch (value.collection()) {
      case LIST -> CodeBlock.of("$N == null ? null : new $T<>($N)", value.name(), ArrayList.class, value.name());
      case MAP -> CodeBlock.of("$N == null ? null : new $T<>($N)", value.name(), LinkedHashMap.class, value.name());
      case NONE -> CodeBlock.of("$N", value.name());
    };
    return MethodSpec.methodBuilder(value.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(value.type(), value.name())
        .addStatement("this.$N = $L", value.name(), stored)
        .addStatement("return this")
        .build();
  }

  /** The record's constructor checks required references; a required primitive is checked here, by its message. */
  private static MethodSpec build(RecordPlan plan, List<Value> values) {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addJavadoc("The record, checked by its constructor.\n\n"
            + "@throws NullPointerException when a required value is not set, naming it as the constructor does\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(plan.name());
    values.stream().filter(value -> value.missingMessage() != null).forEach(value -> build.addStatement(
        "$T.requireNonNull($N, $L)", Objects.class, value.name(), SpecText.literal(value.missingMessage())));
    build.addStatement("return new $T($L)", plan.name(), values.stream().map(value -> CodeBlock.of("$N", value.name()))
        .collect(CodeBlock.joining(",$W")));
    return build.build();
  }
}
