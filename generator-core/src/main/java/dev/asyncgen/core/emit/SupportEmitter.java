package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/** Helper types the generated code shares. */
final class SupportEmitter {
  private SupportEmitter() {}

  /** Event-name matching, segment by segment, without splitting strings or allocating. */
  static TypeSpec eventNames(ClassName name) {
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.FINAL)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc("Matches event names against patterns in which {@code *} stands for any one dot-separated segment.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("matches")
            .addModifiers(Modifier.STATIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(String.class, "pattern")
            .addParameter(String.class, "eventName")
            .addStatement("int p = 0")
            .addStatement("int n = 0")
            .beginControlFlow("while (true)")
            .addStatement("int patternEnd = end(pattern, p)")
            .addStatement("int nameEnd = end(eventName, n)")
            .addStatement("boolean wildcard = patternEnd - p == 1 && pattern.charAt(p) == '*'")
            .beginControlFlow("if (wildcard ? nameEnd == n"
                + " : patternEnd - p != nameEnd - n || !pattern.regionMatches(p, eventName, n, nameEnd - n))")
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
        .addMethod(MethodSpec.methodBuilder("end")
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
