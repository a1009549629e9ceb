package dev.asyncgen.core.emit;

import static dev.asyncgen.core.emit.RealtimeEmitter.APPWRITE_PROTOCOL;
import static dev.asyncgen.core.emit.RealtimeEmitter.BACKOFF;
import static dev.asyncgen.core.emit.RealtimeEmitter.CLIENT;
import static dev.asyncgen.core.emit.RealtimeEmitter.CLIENT_BUILDER;
import static dev.asyncgen.core.emit.RealtimeEmitter.CODEC;
import static dev.asyncgen.core.emit.RealtimeEmitter.ERROR;
import static dev.asyncgen.core.emit.RealtimeEmitter.HEADERS;
import static dev.asyncgen.core.emit.RealtimeEmitter.MAPPER;
import static dev.asyncgen.core.emit.RealtimeEmitter.PROTOCOL;
import static dev.asyncgen.core.emit.RealtimeEmitter.SCHEDULER;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The facade's builder: a setter per ws binding property (kept in a field, so that {@code build()} can be called
 * again), a pass-through setter per runtime setting, {@code configure(...)} reaching the runtime builder itself, and
 * {@code build()} enforcing the required properties.
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
    boolean choosable = !plan.choices().isEmpty();
    type.addField(FieldSpec.builder(URI.class, "uri", Modifier.PRIVATE)
        .initializer(plan.server() == null || choosable ? CodeBlock.of("null") : CodeBlock.of("DEFAULT_URI"))
        .build());
    type.addMethod(setter("uri", URI.class, plan.server() == null && !choosable
        ? CodeBlock.of("The WebSocket endpoint, {@code ws://} or {@code wss://}; required: the spec gives no"
            + " usable ws server.\n")
        : choosable
        ? CodeBlock.of("Overrides the spec's servers ({@link #server($T)}), e.g. for a self-hosted server.\n",
            plan.choices().enumName())
        : CodeBlock.of("Overrides the spec's server ({@link $T#DEFAULT_URI}), e.g. for a self-hosted server.\n",
            plan.name())));
    if (choosable) {
      serverChoice();
    }
    for (RealtimePlan.Setter query : plan.query()) {
      bindingSetter(query, "query");
    }
    for (RealtimePlan.Setter header : plan.headers()) {
      bindingSetter(header, "header");
    }
    extraQuery();
    extraHeaders();
    passThrough("protocol", PROTOCOL, plan.appwrite()
        ? CodeBlock.of("The framing; default {@code AppwriteProtocol.legacy()} (the spec describes Appwrite"
            + " Realtime).\n")
        : CodeBlock.of("The framing; default {@code WireProtocol.raw()}, each text frame one JSON payload (the spec"
            + " does not describe\nAppwrite Realtime; pass {@code AppwriteProtocol.legacy()} for an Appwrite"
            + " server).\n"));
    TypeName duration = ClassName.get(Duration.class);
    passThrough("heartbeat", duration, CodeBlock.of("The heartbeat period; default 20 s.\n"));
    passThrough("watchdog", duration, CodeBlock.of("How long without any frame before the connection counts as dead;"
        + " default twice the\nheartbeat plus 5 s.\n"));
    passThrough("backoff", BACKOFF,
        CodeBlock.of("Delays between reconnect attempts; default {@code Backoff.defaultBackoff()}.\n"));
    passThrough("resubscribeDebounce", duration, CodeBlock.of("With channels in the handshake (Appwrite), how long"
        + " to wait for more subscription\nchanges before reconnecting; default 100 ms.\n"));
    passThrough("maxMessageSize", TypeName.INT,
        CodeBlock.of("The largest text message accepted, in characters; default 16 Mi.\n"));
    passThrough("callbackQueueCapacity", TypeName.INT,
        CodeBlock.of("How many events may wait for handlers before events are dropped; default 10,000.\n"));
    passThrough("onStateChange", consumerOf(STATE),
        CodeBlock.of("Called on the callback thread with every state change.\n"));
    passThrough("onError", consumerOf(ERROR),
        CodeBlock.of("Called on the callback thread with problems the client survives.\n"));
    passThrough("objectMapper", MAPPER, CodeBlock.of("The Jackson 2 mapper for frames, and for payloads unless a codec is"
        + " given; used as given.\n"));
    passThrough("codec", CODEC, CodeBlock.of("Decodes payloads instead of the object mapper: with Jackson 3,"
        + " {@code Jackson3Codec.standard()}.\n"));
    passThrough("closeTimeout", duration,
        CodeBlock.of("How long {@code close()} waits for a running callback before interrupting it; default 5 s.\n"));
    passThrough("scheduler", SCHEDULER,
        CodeBlock.of("The clock and timers for heartbeat, watchdog, backoff and debounce; a test seam.\n"));
    escapeHatch();
    return type.addMethod(build()).build();
  }

  /**
   * A setter whose value goes into the handshake as a query parameter or header under its wire name, typed by the
   * property's schema; the field keeps the boxed value so that null means "not set".
   */
  private void bindingSetter(RealtimePlan.Setter setter, String kind) {
    String where = kind.equals("query") ? "query parameter" : "header";
    CodeBlock doc = CodeBlock.builder()
        .add(SpecText.javadocBlock(setter.description()))
        .add(setter.description() == null ? "" : "\n<p>")
        .add("The handshake $L $L$L.\n", where, SpecText.code(setter.wireName()),
            setter.required() ? ", required: {@link #build()} fails without it" : "")
        .build();
    RealtimeBindingValue value = RealtimeBindingValue.of(setter);
    type.addField(value.fieldType(), setter.javaName(), Modifier.PRIVATE);
    type.addMethod(value.isPrimitive()
        ? primitiveSetter(setter.javaName(), value, doc)
        : setter(setter.javaName(), value.parameterType(), doc));
    configure.beginControlFlow("if ($N != null)", setter.javaName())
        .addStatement("client.$L($L, $L)", kind, SpecText.literal(setter.wireName()), value.wireText(setter.javaName()))
        .endControlFlow();
  }

  private MethodSpec primitiveSetter(String name, RealtimeBindingValue value, CodeBlock doc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addJavadoc("\n@param $N the value$L\n@return this builder\n", name,
            value.kind() == RealtimePlan.ValueKind.DOUBLE ? ", finite" : "")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(value.parameterType(), name);
    if (value.kind() == RealtimePlan.ValueKind.DOUBLE) {
      method.addJavadoc("@throws IllegalArgumentException when the value is NaN or infinite\n")
          .beginControlFlow("if (!$T.isFinite($N))", Double.class, name)
          .addStatement("throw new $T($S + $N)", IllegalArgumentException.class, name + " must be finite: ", name)
          .endControlFlow();
    }
    return method.addStatement("this.$N = $N", name, name)
        .addStatement("return this")
        .build();
  }

  /** With several servers: which one, and its URL's variables; {@code uri(...)} still overrides both. */
  private void serverChoice() {
    ClassName server = plan.choices().enumName();
    String first = plan.choices().servers().get(0).constant();
    type.addField(FieldSpec.builder(server, "server", Modifier.PRIVATE)
        .initializer("$T.$N", server, first)
        .build());
    type.addMethod(setter("server", server, CodeBlock.of("The spec's server to connect to; default {@link $T#$N}, the"
        + " first.\n{@link #uri(URI)} overrides it.\n", server, first)));
    TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
    type.addField(FieldSpec.builder(map, "serverVariables", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LinkedHashMap.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("serverVariable")
        .addJavadoc("A variable of the chosen server's URL; the others keep their defaults. {@link #build()} fails"
            + " when\nthe chosen server has no such variable, or refuses the value.\n\n"
            + "@param name the variable's name in the spec\n"
            + "@param value its value: one of the variable's {@code enum} values where it has them; in the host or"
            + " port\n    only letters, digits, '.' and '-'; elsewhere percent-encoded\n"
            + "@return this builder\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("serverVariables.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))",
            Objects.class, "name", Objects.class, "value")
        .addStatement("return this")
        .build());
  }

  /** Query parameters the spec does not name. */
  private void extraQuery() {
    TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
    type.addField(FieldSpec.builder(map, "queryParameters", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", LinkedHashMap.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("query")
        .addJavadoc("A handshake query parameter the spec does not name, unencoded; a second value for a name"
            + " replaces the\nfirst.\n\n@param name the parameter name\n@param value the value\n@return this builder\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("queryParameters.put($T.requireNonNull(name, $S), $T.requireNonNull(value, $S))",
            Objects.class, "name", Objects.class, "value")
        .addStatement("return this")
        .build());
    configure.addStatement("queryParameters.forEach(client::query)");
  }

  /**
   * {@code configure(...)}: reaches the runtime builder directly, for what the facade does not offer; applied last
   * in {@code build()}, so it overrides the facade's settings.
   */
  private void escapeHatch() {
    TypeName configuration = consumerOf(CLIENT_BUILDER);
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), configuration),
            "configurations", Modifier.PRIVATE, Modifier.FINAL)
        .initializer("new $T<>()", ArrayList.class)
        .build());
    type.addMethod(MethodSpec.methodBuilder("configure")
        .addJavadoc("Configures the runtime's {@link $T} directly: the escape hatch to\nsettings this builder"
            + " does not offer. {@link #build()} applies it last, after the spec's settings and every\nsetter here,"
            + " so what it sets wins ({@code uri}, {@code protocol}, ...); its {@code query} and {@code header}\n"
            + "calls add to those given here. Repeatable: applied in call order.\n\n"
            + "@param configuration called with the runtime builder on each {@link #build()}\n@return this builder\n",
            CLIENT_BUILDER)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(configuration, "configuration")
        .addStatement("configurations.add($T.requireNonNull(configuration, $S))", Objects.class, "configuration")
        .addStatement("return this")
        .build());
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
            + "<p>The value is never repeated in a state, an error or a log line.\n\n"
            + "@param name the header name\n@param value the value\n@return this builder\n"
            + "@throws IllegalArgumentException when the name is not an HTTP token or is set by the handshake itself,"
            + "\n    or the value holds CR, LF, another control character or a non-ASCII character\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("$T.check(name, value)", HEADERS)
        .addStatement("headers.put(name, value)")
        .addStatement("return this")
        .build());
    configure.addStatement("headers.forEach(client::header)");
  }

  /**
   * A runtime setting under its runtime name: kept in a field (null: the runtime's default) and handed over by
   * {@code build()}; the runtime checks the value there. The javadoc links the runtime's, which has the details.
   */
  private void passThrough(String name, TypeName parameterType, CodeBlock doc) {
    TypeName fieldType = parameterType.isPrimitive() ? parameterType.box() : parameterType;
    type.addField(fieldType, name, Modifier.PRIVATE);
    CodeBlock fullDoc = doc.toBuilder()
        .add("See {@link $T#$N($T)}.\n", CLIENT_BUILDER, name, rawType(parameterType))
        .build();
    type.addMethod(parameterType.isPrimitive() ? primitivePassThrough(name, parameterType, fullDoc)
        : setter(name, parameterType, fullDoc));
    if (name.equals("protocol")) {
      // The runtime's own default is Appwrite's; the facade chooses what its spec describes.
      configure.addStatement("client.protocol(protocol != null ? protocol : $L)", plan.appwrite()
          ? CodeBlock.of("$T.legacy()", APPWRITE_PROTOCOL) : CodeBlock.of("$T.raw()", PROTOCOL));
      return;
    }
    configure.beginControlFlow("if ($N != null)", name)
        .addStatement("client.$N($N)", name, name)
        .endControlFlow();
  }

  private MethodSpec primitivePassThrough(String name, TypeName parameterType, CodeBlock doc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc)
        .addJavadoc("\n@param $N the value\n@return this builder\n", name)
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(parameterType, name)
        .addStatement("this.$N = $N", name, name)
        .addStatement("return this")
        .build();
  }

  /** The type as a javadoc link names a parameter: without type arguments. */
  private static TypeName rawType(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
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
    boolean choosable = !plan.choices().isEmpty();
    if (plan.server() == null && !choosable) {
      requireSet(build, "uri", CodeBlock.of("$S", "uri is required: the spec gives no usable ws or wss server"));
    }
    for (RealtimePlan.Setter setter : required()) {
      requireSet(build, setter.javaName(),
          SpecText.literal(setter.javaName() + " is required (" + setter.wireName() + " in the handshake)"));
    }
    doc.add("@throws IllegalStateException when a required property is missing$L\n",
        choosable ? " or a server variable has no value" : "");
    doc.add("@throws IllegalArgumentException when the runtime refuses a value given here (such as a zero"
        + " watchdog)$L\n", choosable ? "\n    or the chosen server has no variable of a name given" : "");
    if (choosable) {
      build.addStatement("$T target = uri != null ? uri : server.uri(serverVariables)", URI.class);
    }
    return build.addJavadoc(doc.build())
        .addStatement("$T client = $T.builder().uri($N)", CLIENT_BUILDER, CLIENT, choosable ? "target" : "uri")
        .addCode(configure.build())
        .addStatement("configurations.forEach(configuration -> configuration.accept(client))")
        .addStatement("return new $T(client.build())", plan.name())
        .build();
  }

  private List<RealtimePlan.Setter> required() {
    List<RealtimePlan.Setter> all = new ArrayList<>(plan.query());
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
