package dev.asyncgen.core.emit;

import static dev.asyncgen.core.emit.RealtimeEmitter.BACKOFF;
import static dev.asyncgen.core.emit.RealtimeEmitter.CLIENT;
import static dev.asyncgen.core.emit.RealtimeEmitter.CLIENT_BUILDER;
import static dev.asyncgen.core.emit.RealtimeEmitter.ERROR;
import static dev.asyncgen.core.emit.RealtimeEmitter.MAPPER;
import static dev.asyncgen.core.emit.RealtimeEmitter.PROTOCOL;
import static dev.asyncgen.core.emit.RealtimeEmitter.STATE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.core.naming.RealtimePlan;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The facade's builder: a setter per ws binding property (kept in a field, so that {@code build()} can be called
 * again), pass-through settings for the runtime, and {@code build()} enforcing the required properties.
 */
final class RealtimeBuilderEmitter {
  private final RealtimePlan plan;
  private final ClassName builder;
  private final TypeSpec.Builder type;
  private final CodeBlock.Builder configure = CodeBlock.builder();

  RealtimeBuilderEmitter(RealtimePlan plan, ClassName builder) {
    this.plan = plan;
    this.builder = builder;
    this.type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Configures a {@link $T}; {@link #build()} may be called more than once.\n", plan.name());
  }

  TypeSpec emit() {
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(URI.class, "uri", Modifier.PRIVATE)
        .initializer(plan.server() == null ? CodeBlock.of("null") : CodeBlock.of("DEFAULT_URI"))
        .build());
    type.addMethod(setter("uri", URI.class, plan.server() == null
        ? CodeBlock.of("The WebSocket endpoint, {@code ws://} or {@code wss://}; required: the spec gives no"
            + " usable ws server.\n")
        : CodeBlock.of("Overrides the spec's server ({@link $T#DEFAULT_URI}), e.g. for a self-hosted server.\n",
            plan.name())));
    for (RealtimePlan.Setter query : plan.query()) {
      bindingSetter(query, "query");
    }
    for (RealtimePlan.Setter header : plan.headers()) {
      bindingSetter(header, "header");
    }
    extraHeaders();
    passThrough("protocol", PROTOCOL, "The framing; default {@code AppwriteProtocol.legacy()}.\n");
    passThrough("heartbeat", ClassName.get(Duration.class), "The heartbeat period; default 20 s.\n");
    passThrough("backoff", BACKOFF, "Delays between reconnect attempts; default {@code Backoff.defaultBackoff()}.\n");
    passThrough("onStateChange", consumerOf(STATE), "Called on the callback thread with every state change.\n");
    passThrough("onError", consumerOf(ERROR), "Called on the callback thread with problems the client survives.\n");
    passThrough("objectMapper", MAPPER, "The mapper for frames and payloads, used as given.\n");
    return type.addMethod(build()).build();
  }

  /** A setter whose value goes into the handshake as a query parameter or header under its wire name. */
  private void bindingSetter(RealtimePlan.Setter setter, String kind) {
    String where = kind.equals("query") ? "query parameter" : "header";
    CodeBlock doc = CodeBlock.builder()
        .add(SpecText.javadocBlock(setter.description()))
        .add(setter.description() == null ? "" : "\n<p>")
        .add("The handshake $L $L$L.\n", where, SpecText.code(setter.wireName()),
            setter.required() ? ", required: {@link #build()} fails without it" : "")
        .build();
    type.addField(String.class, setter.javaName(), Modifier.PRIVATE);
    type.addMethod(setter(setter.javaName(), String.class, doc));
    configure.beginControlFlow("if ($N != null)", setter.javaName())
        .addStatement("client.$L($L, $N)", kind, SpecText.literal(setter.wireName()), setter.javaName())
        .endControlFlow();
  }

  /** Headers the spec does not name: authentication (Appwrite's {@code x-appwrite-session}, a cookie). */
  private void extraHeaders() {
    TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
    type.addField(FieldSpec.builder(map, "headers", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LinkedHashMap.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("header")
        .addJavadoc("A handshake header the spec does not name, such as authentication ({@code x-appwrite-session},\n"
            + "{@code x-appwrite-jwt} or a {@code Cookie}); a second value for a name replaces the first.\n\n"
            + "@param name the header name\n@param value the value\n@return this builder\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("headers.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))",
            Objects.class, "name", Objects.class, "value")
        .addStatement("return this")
        .build());
    configure.addStatement("headers.forEach(client::header)");
  }

  private void passThrough(String name, TypeName valueType, String doc) {
    type.addField(valueType, name, Modifier.PRIVATE);
    type.addMethod(setter(name, valueType, CodeBlock.of(doc)));
    configure.beginControlFlow("if ($N != null)", name)
        .addStatement("client.$N($N)", name, name)
        .endControlFlow();
  }

  private MethodSpec setter(String name, Object valueType, CodeBlock doc) {
    TypeName typeName = valueType instanceof Class<?> c ? TypeName.get(c) : (TypeName) valueType;
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addJavadoc("\n@param $N the value, not null\n@return this builder\n", name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(typeName, name)
        .addStatement("this.$N = $T.requireNonNull($N, $S)", name, Objects.class, name, name)
        .addStatement("return this")
        .build();
  }

  private MethodSpec build() {
    MethodSpec.Builder build = MethodSpec.methodBuilder("build")
        .addModifiers(Modifier.PUBLIC)
        .returns(plan.name());
    CodeBlock.Builder doc = CodeBlock.builder().add("A client; it connects with the first subscription.\n\n"
        + "@return the client\n");
    if (plan.server() == null) {
      requireSet(build, "uri", CodeBlock.of("$S", "uri is required: the spec gives no usable ws or wss server"));
    }
    for (RealtimePlan.Setter setter : required()) {
      requireSet(build, setter.javaName(),
          SpecText.literal(setter.javaName() + " is required (" + setter.wireName() + " in the handshake)"));
    }
    doc.add("@throws IllegalStateException when a required property is missing\n");
    return build.addJavadoc(doc.build())
        .addStatement("$T client = $T.builder().uri(uri)", CLIENT_BUILDER, CLIENT)
        .addCode(configure.build())
        .addStatement("return new $T(client.build())", plan.name())
        .build();
  }

  private java.util.List<RealtimePlan.Setter> required() {
    java.util.List<RealtimePlan.Setter> all = new java.util.ArrayList<>(plan.query());
    all.addAll(plan.headers());
    return all.stream().filter(RealtimePlan.Setter::required).toList();
  }

  private static void requireSet(MethodSpec.Builder build, String field, CodeBlock message) {
    build.beginControlFlow("if ($N == null)", field)
        .addStatement("throw new $T($L)", IllegalStateException.class, message)
        .endControlFlow();
  }

  private static TypeName consumerOf(ClassName type) {
    return ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(type));
  }
}
