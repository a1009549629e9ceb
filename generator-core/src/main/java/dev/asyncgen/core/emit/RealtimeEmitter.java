package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.core.naming.RealtimePlan;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * The typed {@code Realtime} facade: a builder shaped by the spec's server and ws bindings, over the runtime's
 * {@code RealtimeClient}. The runtime's classes are named here, not imported, so core needs no runtime dependency.
 */
final class RealtimeEmitter {
  private static final String RUNTIME = "dev.asyncgen.realtime";
  static final ClassName CLIENT = ClassName.get(RUNTIME, "RealtimeClient");
  static final ClassName CLIENT_BUILDER = CLIENT.nestedClass("Builder");
  static final ClassName SUBSCRIPTION = ClassName.get(RUNTIME, "Subscription");
  static final ClassName STATE = ClassName.get(RUNTIME, "ConnectionState");
  static final ClassName BACKOFF = ClassName.get(RUNTIME, "Backoff");
  static final ClassName ERROR = ClassName.get(RUNTIME, "RealtimeError");
  static final ClassName SCHEDULER = ClassName.get(RUNTIME, "Scheduler");
  static final ClassName CLOSED_EXCEPTION = ClassName.get(RUNTIME, "ClientClosedException");
  static final ClassName PROTOCOL = ClassName.get(RUNTIME, "WireProtocol");
  static final ClassName HEADERS = ClassName.get(RUNTIME, "HandshakeHeaders");
  static final ClassName APPWRITE_PROTOCOL = ClassName.get(RUNTIME + ".appwrite", "AppwriteProtocol");
  static final ClassName MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
  static final ClassName CODEC = ClassName.get("dev.asyncgen.runtime", "Codec");

  private final RealtimePlan plan;
  private final ClassName builder;

  RealtimeEmitter(RealtimePlan plan) {
    this.plan = plan;
    this.builder = plan.name().nestedClass("Builder");
  }

  TypeSpec emit() {
    TypeSpec.Builder type = TypeSpec.classBuilder(plan.name())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc(classJavadoc());
    if (plan.server() != null) {
      type.addField(FieldSpec.builder(URI.class, "DEFAULT_URI", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The spec's server $L, {@code protocol://url} with each variable at its default.\n",
              SpecText.code(plan.server().name()))
          .initializer("$T.create($L)", URI.class, SpecText.literal(plan.server().uri()))
          .build());
    }
    return type
        .addField(CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(CLIENT, "client")
            .addStatement("this.client = client")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder; {@link Builder#build()} connects lazily, with the first subscription.\n\n"
                + "@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(subscribe(false))
        .addMethod(subscribe(true))
        .addMethod(MethodSpec.methodBuilder("whenOpen")
            .addJavadoc("Completes when the connection is open: at once if it is now, otherwise at the next open"
                + " (the connection\nstarts with the first subscription); fails with {@link $T} when the client"
                + " ends first.\nCompletes off the client's threads. Each call returns a new future: after a"
                + " reconnect, call it again.\nSee {@link $T#whenOpen()}.\n\n"
                + "@return a future completed at the next open\n", CLOSED_EXCEPTION, CLIENT)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), ClassName.get(Void.class)))
            .addStatement("return client.whenOpen()")
            .build())
        .addMethod(MethodSpec.methodBuilder("state")
            .addJavadoc("The latest connection state.\n\n@return the state\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(STATE)
            .addStatement("return client.state()")
            .build())
        .addMethod(MethodSpec.methodBuilder("close")
            .addJavadoc("Closes the connection and every subscription and stops the client's threads; idempotent.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addStatement("client.close()")
            .build())
        .addType(new RealtimeBuilderEmitter(plan, builder).emit())
        .addTypes(nestedEnums())
        .build();
  }

  private List<TypeSpec> nestedEnums() {
    List<TypeSpec> enums = new ArrayList<>();
    if (!plan.choices().isEmpty()) {
      enums.add(RealtimeEnumsEmitter.servers(plan.choices(), builder));
    }
    plan.query().stream().filter(setter -> setter.values() != null)
        .forEach(setter -> enums.add(RealtimeEnumsEmitter.valueEnum(setter, "query parameter")));
    plan.headers().stream().filter(setter -> setter.values() != null)
        .forEach(setter -> enums.add(RealtimeEnumsEmitter.valueEnum(setter, "header")));
    return enums;
  }

  private CodeBlock classJavadoc() {
    CodeBlock.Builder doc = CodeBlock.builder().add(SpecText.javadocBlock(plan.description()));
    if (!doc.isEmpty()) {
      doc.add("\n<p>");
    }
    doc.add("A typed realtime client over {@code $T}: heartbeats, reconnects with backoff and\n"
        + "resubscription come from the runtime. Subscribe with a channel from {@code Channels}; any channel is\n"
        + "accepted, but events come only on those the server sends on (the spec's {@code send} operations,\n"
        + "{@code subscribe} in AsyncAPI 2.x).\n", CLIENT);
    if (!plan.choices().isEmpty()) {
      doc.add("\n<p>The spec has several WebSocket servers: {@link $T#server($T)} chooses\none, the first by"
          + " default.\n", builder, plan.choices().enumName());
    }
    if (!plan.protocolHandled().isEmpty()) {
      doc.add("\n<p>Array-typed handshake query properties have no setter: the wire protocol fills them from the"
          + " subscribed\nchannels ($L).\n", String.join(", ", plan.protocolHandled().stream().map(SpecText::code)
          .toList()));
    }
    return doc.build();
  }

  private MethodSpec subscribe(boolean withGap) {
    TypeVariableName e = TypeVariableName.get("E");
    MethodSpec.Builder method = MethodSpec.methodBuilder("subscribe")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(e)
        .returns(SUBSCRIPTION)
        .addParameter(ParameterizedTypeName.get(plan.channelClass(), e), "channel")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), WildcardTypeName.supertypeOf(e)),
            "handler");
    if (withGap) {
      return method
          .addJavadoc("As {@link #subscribe($T, $T)}, with {@code onGap} called before the next event whenever"
              + " events may\nhave been lost (after a reconnect, or when the callback queue overflowed).\n\n"
              + "@param channel the channel\n@param handler called once per event, on the client's callback"
              + " thread\n@param onGap called when events may have been lost\n@param <E> the payload type\n"
              + "@return the subscription; close it to unsubscribe\n", plan.channelClass(), Consumer.class)
          .addParameter(Runnable.class, "onGap")
          .addStatement("return client.subscribe(channel.name(), channel.payloadType(), handler, onGap)")
          .build();
    }
    return method
        .addJavadoc("Subscribes to a channel; the first subscription connects. Never blocks.\n\n"
            + "@param channel the channel\n@param handler called once per event, on the client's callback thread\n"
            + "@param <E> the payload type\n@return the subscription; close it to unsubscribe\n")
        .addStatement("return client.subscribe(channel.name(), channel.payloadType(), handler)")
        .build();
  }
}
