package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The builder setters every broker facade has, each handing its value straight to the runtime's builder (the
 * setting lives there alone): {@code onError}, {@code onState}, {@code deadLetters}, {@code codec},
 * {@code declareTopology} and the escape hatch {@code configure}.
 */
final class BrokerBuilderSetters {
  private static final String RUNTIME = "dev.asyncgen.runtime";
  private static final ClassName CONSUMER = ClassName.get(Consumer.class);

  private BrokerBuilderSetters() {}

  /**
   * @param builder the facade's builder class
   * @param runtimeBuilder the runtime's builder class, held in the field {@code client}
   * @param topology what {@code declareTopology(true)} creates, for its Javadoc; null for a protocol with nothing to
   *     declare (MQTT), which then has no such setter
   * @param escapeHatch what else {@code configure} reaches, for its Javadoc
   */
  static List<MethodSpec> common(ClassName builder, ClassName runtimeBuilder, String topology, String escapeHatch) {
    List<MethodSpec> setters = new java.util.ArrayList<>(List.of(
        setter(builder, "onError", consumerOf("ClientError"), "onError",
            "Told about connection failures and about every message that could not be published or handled."),
        setter(builder, "onState", consumerOf("ClientState"), "onState", "Told about each change of the connection state."),
        setter(builder, "deadLetters", ClassName.get(RUNTIME, "DeadLetterHandler"), "deadLetters",
            "Where messages go that could not be decoded or handled, after they were reported."),
        setter(builder, "codec", ClassName.get(RUNTIME, "Codec"), "codec",
            "How payloads and headers are encoded; JSON by default."),
        MethodSpec.methodBuilder("configure").addModifiers(Modifier.PUBLIC).returns(builder)
            .addParameter(ParameterizedTypeName.get(CONSUMER, runtimeBuilder), "runtime")
            .addJavadoc("The escape hatch: any setting of the runtime's builder ($L), applied now.\n", escapeHatch)
            .addStatement("runtime.accept(client)")
            .addStatement("return this")
            .build()));
    if (topology != null) {
      setters.add(4, setter(builder, "declareTopology", TypeName.BOOLEAN, "declare",
          "Whether to create what the spec's bindings describe and the broker lacks\n(" + topology
              + "); off by default."));
    }
    return setters;
  }

  private static TypeName consumerOf(String runtimeType) {
    return ParameterizedTypeName.get(CONSUMER, WildcardTypeName.supertypeOf(ClassName.get(RUNTIME, runtimeType)));
  }

  private static MethodSpec setter(ClassName builder, String name, TypeName type, String parameter, String doc) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(type, parameter)
        .addJavadoc("$L\n", doc)
        .addStatement("client.$L($L)", name, parameter)
        .addStatement("return this")
        .build();
  }
}
