package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.ChannelPatternsPlan;
import javax.lang.model.element.Modifier;

/** Renders {@code ChannelPatterns}: each channel with every value of its parameters, for wildcard subscriptions. */
final class ChannelPatternsEmitter {
  static final ClassName CHANNEL_PATTERN = ClassName.get("dev.asyncgen.runtime", "ChannelPattern");

  private final ChannelPatternsPlan plan;

  ChannelPatternsEmitter(ChannelPatternsPlan plan) {
    this.plan = plan;
  }

  TypeSpec emit() {
    TypeSpec.Builder type = TypeSpec.classBuilder(plan.name())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc("""
            Each channel with parameters, for every value of them: a broker facade's {@code subscribe} takes one and
            subscribes with the protocol's wildcard (a Kafka topic pattern, an MQTT {@code +}, an AMQP {@code *}
            binding key). Received messages carry the concrete channel, its parameters read back from the address.
            """)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ChannelPatternsPlan.Pattern pattern : plan.patterns()) {
      CodeBlock parameters = pattern.parameters().stream().map(SpecText::literal).collect(CodeBlock.joining(", "));
      type.addMethod(MethodSpec.methodBuilder(pattern.method())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(ParameterizedTypeName.get(CHANNEL_PATTERN, pattern.payloadType()))
          .addJavadoc("Every $L.\n", SpecText.code(pattern.template()))
          .addStatement("return new $T<>($L, $T.class, $T.of($L))", CHANNEL_PATTERN, SpecText.literal(pattern.template()),
              pattern.payloadType(), java.util.List.class, parameters)
          .build());
    }
    return type.build();
  }
}
