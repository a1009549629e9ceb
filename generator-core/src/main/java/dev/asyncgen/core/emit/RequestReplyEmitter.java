package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.asyncgen.core.naming.RequestReplyPlan;
import javax.lang.model.element.Modifier;

/** Renders the request/reply catalogue: the {@code RequestReply} record and the {@code Operations} constants. */
final class RequestReplyEmitter {
  private final RequestReplyPlan plan;

  RequestReplyEmitter(RequestReplyPlan plan) {
    this.plan = plan;
  }

  TypeSpec requestReply() {
    TypeVariableName q = TypeVariableName.get("Q");
    TypeVariableName r = TypeVariableName.get("R");
    MethodSpec constructor = MethodSpec.constructorBuilder()
        .addParameter(String.class, "operationId")
        .addParameter(String.class, "action")
        .addParameter(String.class, "requestAddress")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), q), "requestType")
        .addParameter(String.class, "replyAddress")
        .addParameter(String.class, "replyAddressLocation")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), r), "replyType")
        .build();
    return TypeSpec.recordBuilder(plan.requestReplyClass())
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Annotations.GENERATED)
        .addTypeVariable(q)
        .addTypeVariable(r)
        .addJavadoc("""
            An operation that expects a reply: the request's address and payload type, and where the reply
            travels and what it carries. The constants are in {@link $T}.

            <p>{@code action} is what the application the spec describes does with the request; its peers do
            the opposite, and the reverse with the reply. The reply address is static ({@code replyAddress}),
            or read at run time from the request ({@code replyAddressLocation}, a runtime expression such as
            {@code $$message.header#/replyTo}); {@code Channels.parse} turns a concrete reply address into a
            typed channel.

            @param operationId the operation's id in the spec
            @param action {@code send} or {@code receive}
            @param requestAddress the address of the request's channel, or null when it has none
            @param requestType the request's payload type
            @param replyAddress the address of the reply's channel, or null when it is known only at run time
            @param replyAddressLocation where in the request the reply address is, or null
            @param replyType the reply's payload type
            @param <Q> the request's payload type
            @param <R> the reply's payload type
            """, plan.operationsClass())
        .recordConstructor(constructor)
        .build();
  }

  TypeSpec operations() {
    TypeSpec.Builder operations = TypeSpec.classBuilder(plan.operationsClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc("The operations that expect a reply, one {@link $T} each.\n", plan.requestReplyClass());
    for (RequestReplyPlan.Entry entry : plan.entries()) {
      TypeName type = ParameterizedTypeName.get(plan.requestReplyClass(), entry.requestType(), entry.replyType());
      CodeBlock.Builder javadoc = CodeBlock.builder();
      if (entry.summary() != null) {
        javadoc.add(SpecText.javadocBlock(entry.summary())).add("\n<p>");
      }
      javadoc.add("Operation $L: the application $L$L;\nthe reply travels on $L.\n", SpecText.code(entry.operationId()),
          entry.action().equals("send") ? "sends the request" : "receives the request",
          entry.requestAddress() == null ? "" : "\non " + SpecText.code(entry.requestAddress()),
          entry.replyAddress() != null ? SpecText.code(entry.replyAddress())
              : entry.replyAddressLocation() != null ? "the address at " + SpecText.code(entry.replyAddressLocation())
              : "an address the spec does not give");
      operations.addField(FieldSpec.builder(type, entry.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc(javadoc.build())
          .initializer("new $T<>($W$L,$W$L,$W$L,$W$T.class,$W$L,$W$L,$W$T.class)", plan.requestReplyClass(),
              SpecText.literal(entry.operationId()), SpecText.literal(entry.action()), nullable(entry.requestAddress()),
              entry.requestType(), nullable(entry.replyAddress()), nullable(entry.replyAddressLocation()),
              entry.replyType())
          .build());
    }
    return operations.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()).build();
  }

  private static CodeBlock nullable(String text) {
    return text == null ? CodeBlock.of("null") : SpecText.literal(text);
  }
}
