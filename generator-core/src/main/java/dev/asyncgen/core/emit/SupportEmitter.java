package dev.asyncgen.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Helper types the generated code shares. */
final class SupportEmitter {
  private SupportEmitter() {}

  /**
   * The interface of event-pattern enums, holding the matching logic once: the model's
   * {@link dev.asyncgen.core.model.EventPattern#matches(String, String)} written out, with its rule
   * as the Javadoc.
   */
  static TypeSpec eventPattern(ClassName name) {
    TypeVariableName e = TypeVariableName.get("E",
        ParameterizedTypeName.get(ClassName.get(Enum.class), TypeVariableName.get("E")), name);
    return TypeSpec.interfaceBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc("An event-name pattern such as {@code users.*.update.name}.\n\n<p>$L\n",
            dev.asyncgen.core.model.EventPattern.RULE)
        .addMethod(MethodSpec.methodBuilder("pattern")
            .addJavadoc("The pattern as the spec writes it.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(String.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("matches")
            .addJavadoc("Whether a concrete event name, such as one from a received message, fits this pattern.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(TypeName.BOOLEAN)
            .addParameter(String.class, "eventName")
            .addStatement("return matches(pattern(), eventName)")
            .build())
        .addMethod(MethodSpec.methodBuilder("matches")
            .addJavadoc("Whether {@code eventName} fits {@code pattern}, segment by segment as the interface's"
                + " Javadoc\nsays, without splitting or allocating.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(String.class, "pattern")
            .addParameter(String.class, "eventName")
            .addStatement("int p = 0")
            .addStatement("int n = 0")
            .beginControlFlow("while (true)")
            .addStatement("int patternEnd = segmentEnd(pattern, p)")
            .addStatement("int nameEnd = segmentEnd(eventName, n)")
            .addStatement("boolean wildcard = patternEnd - p == 1 && pattern.charAt(p) == '*'")
            .beginControlFlow("if (wildcard ? nameEnd == n$W"
                + ": patternEnd - p != nameEnd - n || !pattern.regionMatches(p, eventName, n, nameEnd - n))")
            .addStatement("return false")
            .endControlFlow()
            .addStatement("boolean patternDone = patternEnd == pattern.length()")
            .addStatement("boolean nameDone = nameEnd == eventName.length()")
            .beginControlFlow("if (patternDone || nameDone)")
            .addStatement("return patternDone && nameDone")
            .endControlFlow()
            .addStatement("p = patternEnd + 1")
            .addStatement("n = nameEnd + 1")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("matching")
            .addJavadoc("The candidates that at least one of the names fits, in declaration order.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addTypeVariable(e)
            .returns(ParameterizedTypeName.get(ClassName.get(Set.class), e))
            .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), e), "type")
            .addParameter(ArrayTypeName.of(e), "candidates")
            .addParameter(ParameterizedTypeName.get(Collection.class, String.class), "eventNames")
            .addStatement("$T<E> matched = $T.noneOf(type)", EnumSet.class, EnumSet.class)
            .beginControlFlow("for ($T eventName : eventNames)", String.class)
            .beginControlFlow("for (E candidate : candidates)")
            .beginControlFlow("if (eventName != null && candidate.matches(eventName))")
            .addStatement("matched.add(candidate)")
            .endControlFlow()
            .endControlFlow()
            .endControlFlow()
            .addStatement("return $T.unmodifiableSet(matched)", Collections.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("segmentEnd")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(TypeName.INT)
            .addParameter(String.class, "text")
            .addParameter(TypeName.INT, "from")
            .addStatement("int dot = text.indexOf('.', from)")
            .addStatement("return dot < 0 ? text.length() : dot")
            .build())
        .build();
  }
}
