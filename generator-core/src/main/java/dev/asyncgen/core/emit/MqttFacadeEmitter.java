package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.core.naming.BrokerPlan;
import dev.asyncgen.core.naming.MqttBindings;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Renders the {@code Mqtt} facade over {@code asyncgen-mqtt}. */
final class MqttFacadeEmitter {
  private static final String MQTT = "dev.asyncgen.mqtt";
  private static final String RUNTIME = "dev.asyncgen.runtime";
  static final ClassName CLIENT = ClassName.get(MQTT, "MqttClient");
  static final ClassName CLIENT_BUILDER = CLIENT.nestedClass("Builder");
  static final ClassName PUBLISH_OPTIONS = ClassName.get(MQTT, "PublishOptions");
  static final ClassName QOS = ClassName.get(MQTT, "Qos");
  static final ClassName VERSION = ClassName.get(MQTT, "MqttVersion");
  static final ClassName LAST_WILL = ClassName.get(MQTT, "LastWill");
  static final ClassName TOPICS = ClassName.get(MQTT, "Topics");
  static final ClassName ACK_MODE = ClassName.get(RUNTIME, "AckMode");
  static final ClassName CHANNEL_PATTERN = ClassName.get(RUNTIME, "ChannelPattern");
  static final ClassName CLIENT_STATE = ClassName.get(RUNTIME, "ClientState");
  static final ClassName MESSAGE_HANDLER = ClassName.get(RUNTIME, "MessageHandler");
  static final ClassName PUBLISHER = ClassName.get(RUNTIME, "Publisher");
  static final ClassName RECEIVED = ClassName.get(RUNTIME, "ReceivedMessage");
  static final ClassName ROUTE = ClassName.get(RUNTIME, "Route");
  static final ClassName SUBSCRIPTION = ClassName.get(RUNTIME, "Subscription");
  static final ClassName URI = ClassName.get("java.net", "URI");
  static final ClassName PATH = ClassName.get("java.nio.file", "Path");
  static final ClassName DURATION = ClassName.get("java.time", "Duration");
  static final ClassName LIST = ClassName.get(List.class);
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName FUTURE = ClassName.get("java.util.concurrent", "CompletableFuture");
  static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");
  static final ClassName UTF_8 = ClassName.get("java.nio.charset", "StandardCharsets");
  private static final TypeVariableName P = TypeVariableName.get("P");

  private final BrokerPlan plan;
  private final MqttBindings bindings;
  private final ClassName binding;

  MqttFacadeEmitter(BrokerPlan plan) {
    this.plan = plan;
    this.bindings = MqttBindings.read(plan, null);
    this.binding = plan.facade().nestedClass("Binding");
  }

  TypeSpec emit() {
    TypeSpec.Builder type = TypeSpec.classBuilder(plan.facade())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc(javadoc())
        .addField(FieldSpec.builder(ParameterizedTypeName.get(LIST, binding), "BINDINGS", Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL).initializer(bindingsTable()).build())
        .addField(CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(CLIENT, "client").addStatement("this.client = client").build())
        .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(plan.facade().nestedClass("Builder"))
            .addJavadoc("A builder with the spec's server and MQTT server bindings as defaults.\n")
            .addStatement("return new Builder()").build())
        .addMethod(MethodSpec.methodBuilder("ready").addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(FUTURE, ClassName.get(Void.class)))
            .addJavadoc("Completes when the first connection is open; fails when the client is closed or refused for"
                + "\ngood first. Publishing and subscribing need not wait for it.\n")
            .addStatement("return client.ready()").build());
    if (plan.publishes()) {
      type.addMethod(publisher());
    }
    if (plan.subscribes()) {
      type.addMethod(subscribeChannel());
      if (bindings.channels().stream().anyMatch(c -> c.channel().subscribe() && !c.channel().parameters().isEmpty())) {
        type.addMethod(subscribePattern());
      }
    }
    type.addMethod(MethodSpec.methodBuilder("state").addModifiers(Modifier.PUBLIC).returns(CLIENT_STATE)
            .addJavadoc("Where the connection stands now.\n")
            .addStatement("return client.state()").build())
        .addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .addJavadoc("Disconnects and stops the client's threads. Idempotent.\n")
            .addStatement("client.close()").build())
        .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(String.class).addStatement("return $S + client + $S", plan.facade().simpleName() + "[", "]")
            .build())
        .addMethod(findBinding())
        .addMethod(BrokerDirectionCheck.refuseDirection(binding, plan.role()))
        .addType(bindingRecord())
        .addType(new MqttFacadeBuilderEmitter(plan, bindings.server()).emit());
    return type.build();
  }

  private CodeBlock javadoc() {
    return CodeBlock.builder()
        .add("Typed MQTT access to $L, as the $L role: ", SpecText.javadoc(plan.title()), plan.role().keyword())
        .add(plan.publishes() && plan.subscribes() ? "publishes and subscribes"
            : plan.publishes() ? "publishes only" : "subscribes only")
        .add("\non the spec's channels, with the QoS, retain and MQTT 5 properties of their bindings."
            + " Received QoS 1 and 2 messages are acknowledged after the handler returns;\n"
            + "a message that does not decode or whose handler throws is reported and skipped.\n")
        .build();
  }

  private CodeBlock bindingsTable() {
    CodeBlock.Builder table = CodeBlock.builder().add("$T.of(\n$>$>", LIST);
    List<MqttBindings.Channel> channels = bindings.channels();
    for (int i = 0; i < channels.size(); i++) {
      MqttBindings.Channel channel = channels.get(i);
      BrokerPlan.BrokerChannel spec = channel.channel();
      table.add("new $T($L, $L, $T.compile($L), $L,$W$L, $L, $L,$W$L,$W$L)", binding, SpecText.literal(spec.id()),
          SpecText.literal(spec.template()), PATTERN, SpecText.literal(spec.regex()), SpecText.literal(channel.filter()),
          spec.publish(), spec.subscribe(),
          spec.headersType() == null ? CodeBlock.of("null") : CodeBlock.of("$T.class", spec.headersType()),
          publishOptions(channel), qos(channel.subscribeQos()));
      table.add(i + 1 < channels.size() ? ",\n" : "");
    }
    return table.add(")$<$<").build();
  }

  private static CodeBlock qos(Integer qos) {
    // QoS 1 unless the spec says otherwise: at-least-once is what the runtime promises by default.
    return CodeBlock.of("$T.$L", QOS, qos == null ? "AT_LEAST_ONCE" : List.of("AT_MOST_ONCE", "AT_LEAST_ONCE",
        "EXACTLY_ONCE").get(qos));
  }

  private static CodeBlock publishOptions(MqttBindings.Channel channel) {
    CodeBlock.Builder options = CodeBlock.builder().add("$T.defaults().withQos($L)", PUBLISH_OPTIONS,
        qos(channel.publishQos()));
    if (Boolean.TRUE.equals(channel.retain())) {
      options.add(".withRetain(true)");
    }
    if (channel.messageExpiry() != null) {
      options.add(".withMessageExpiry($T.ofSeconds($L))", DURATION, channel.messageExpiry());
    }
    if (channel.contentType() != null) {
      options.add(".withContentType($L)", SpecText.literal(channel.contentType()));
    }
    if (channel.responseTopic() != null) {
      options.add(".withResponseTopic($L)", SpecText.literal(channel.responseTopic()));
    }
    if (channel.correlationData() != null) {
      options.add(".withCorrelationData($L.getBytes($T.UTF_8))", SpecText.literal(channel.correlationData()),
          UTF_8);
    }
    return options.build();
  }

  private TypeName channelOf(TypeName payload) {
    return ParameterizedTypeName.get(plan.channelClass(), payload);
  }

  private ParameterSpec handler() {
    return ParameterSpec.builder(ParameterizedTypeName.get(MESSAGE_HANDLER,
        WildcardTypeName.supertypeOf(ParameterizedTypeName.get(RECEIVED, channelOf(P), P))), "handler").build();
  }

  private MethodSpec publisher() {
    return MethodSpec.methodBuilder("publisher").addModifiers(Modifier.PUBLIC).addTypeVariable(P)
        .returns(ParameterizedTypeName.get(PUBLISHER, P))
        .addParameter(channelOf(P), "channel")
        .addJavadoc("A publisher for one concrete channel, with its binding's QoS, retain and MQTT 5 properties"
            + "\n(left out on an MQTT 3.1.1 connection, which cannot carry them).\n\n"
            + "@throws IllegalArgumentException when the channel is not one this role publishes on, or a parameter"
            + "\n    value is empty or holds {@code /}, {@code +}, {@code #} or NUL\n")
        .addStatement("$T binding = binding(channel, true)", binding)
        .addStatement("return client.publisher(channel.name(), binding.options(client.protocolVersion()),"
            + " binding.headersType())")
        .build();
  }

  private MethodSpec subscribeChannel() {
    return MethodSpec.methodBuilder("subscribe").addModifiers(Modifier.PUBLIC).addTypeVariable(P)
        .returns(SUBSCRIPTION)
        .addParameter(channelOf(P), "channel")
        .addParameter(handler())
        .addJavadoc("Subscribes to one concrete channel with its binding's QoS; {@code ready()} completes on SUBACK.\n\n"
            + "@throws IllegalArgumentException when the channel is not one this role subscribes to, or a parameter"
            + "\n    value is empty or holds {@code /}, {@code +}, {@code #} or NUL\n")
        .addStatement("$T binding = binding(channel, false)", binding)
        .addStatement("$T<$T, $T> route = new $T<>(channel, channel.payloadType(), binding.headersType(), null)",
            ROUTE, channelOf(P), P, ROUTE)
        .addStatement("return client.subscribe(channel.name(), binding.qos(), $T.AUTO, topic -> $T.of(route), handler)",
            ACK_MODE, OPTIONAL)
        .build();
  }

  private MethodSpec subscribePattern() {
    return MethodSpec.methodBuilder("subscribe").addModifiers(Modifier.PUBLIC).addTypeVariable(P)
        .returns(SUBSCRIPTION)
        .addParameter(ParameterizedTypeName.get(CHANNEL_PATTERN, P), "pattern")
        .addParameter(handler())
        .addJavadoc("Subscribes to every value of a channel's parameters (MQTT {@code +} in their levels); each"
            + "\nreceived message carries its concrete channel, parameters read back from the topic.\n\n"
            + "@throws IllegalArgumentException when the pattern is not one of a channel this role subscribes to\n")
        .addStatement("$T.requireNonNull(pattern, $S)", OBJECTS, "pattern")
        .addStatement("$T binding = BINDINGS.stream().filter(known -> known.template().equals(pattern.template()))"
            + ".findFirst()$W.orElseThrow(() -> new IllegalArgumentException($S + pattern.template()))", binding,
            "no MQTT channel of the spec has the address ")
        .addStatement("refuseDirection(binding, false)")
        .addStatement("return client.subscribe(binding.filter(), binding.qos(), $T.AUTO, topic -> $T.parse(topic)"
            + "$W.filter(parsed -> binding.address().matcher(parsed.name()).matches())"
            + "$W.map(parsed -> new $T<>(new $T<>(parsed.name(), pattern.payloadType(), parsed.parameters()),"
            + "$Wpattern.payloadType(), binding.headersType(), null)), handler)",
            ACK_MODE, plan.channelsClass(), ROUTE, plan.channelClass())
        .build();
  }

  private MethodSpec findBinding() {
    return MethodSpec.methodBuilder("binding").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(binding)
        .addParameter(ParameterizedTypeName.get(plan.channelClass(), WildcardTypeName.subtypeOf(Object.class)),
            "channel")
        .addParameter(boolean.class, "publishing")
        .addStatement("$T.requireNonNull(channel, $S)", OBJECTS, "channel")
        .addStatement("channel.parameters().forEach($T::checkLevel)", TOPICS)
        .addStatement("$T found = BINDINGS.stream().filter(known -> known.address().matcher(channel.name()).matches())"
            + ".findFirst()$W.orElseThrow(() -> new IllegalArgumentException($S + channel.name()))", binding,
            "no MQTT channel of the spec has the address ")
        .addStatement("refuseDirection(found, publishing)")
        .addStatement("return found")
        .build();
  }

  private TypeSpec bindingRecord() {
    TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    return TypeSpec.recordBuilder(binding).addModifiers(Modifier.PRIVATE)
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(String.class, "channel")
            .addParameter(String.class, "template")
            .addParameter(PATTERN, "address")
            .addParameter(String.class, "filter")
            .addParameter(boolean.class, "publish")
            .addParameter(boolean.class, "subscribe")
            .addParameter(anyClass, "headersType")
            .addParameter(PUBLISH_OPTIONS, "publishOptions")
            .addParameter(QOS, "qos")
            .build())
        .addMethod(MethodSpec.methodBuilder("options").returns(PUBLISH_OPTIONS).addParameter(VERSION, "version")
            .addComment("MQTT 3.1.1 cannot carry the MQTT 5 properties: they are left out there.")
            .addStatement("return version == $T.V5 ? publishOptions$W: $T.defaults().withQos(publishOptions.qos())"
                + ".withRetain(publishOptions.retain())", VERSION, PUBLISH_OPTIONS)
            .build())
        .build();
  }
}
