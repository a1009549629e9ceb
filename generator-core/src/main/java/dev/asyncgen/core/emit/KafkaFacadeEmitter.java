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
import dev.asyncgen.core.naming.KafkaBindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Renders the {@code Kafka} facade over {@code asyncgen-kafka}. */
final class KafkaFacadeEmitter {
  private static final String RUNTIME = "dev.asyncgen.runtime";
  private static final String KAFKA = "dev.asyncgen.kafka";
  private static final ClassName CLIENT = ClassName.get(KAFKA, "KafkaClient");
  private static final ClassName CLIENT_BUILDER = CLIENT.nestedClass("Builder");
  private static final ClassName TOPIC_SPEC = ClassName.get(KAFKA, "TopicSpec");
  private static final ClassName SUBSCRIBE_OPTIONS = ClassName.get(KAFKA, "SubscribeOptions");
  private static final ClassName PUBLISHER = ClassName.get(RUNTIME, "Publisher");
  private static final ClassName SUBSCRIPTION = ClassName.get(RUNTIME, "Subscription");
  private static final ClassName MESSAGE_HANDLER = ClassName.get(RUNTIME, "MessageHandler");
  private static final ClassName RECEIVED = ClassName.get(RUNTIME, "ReceivedMessage");
  private static final ClassName ROUTE = ClassName.get(RUNTIME, "Route");
  private static final ClassName CLIENT_STATE = ClassName.get(RUNTIME, "ClientState");
  private static final ClassName PATTERN = ClassName.get(java.util.regex.Pattern.class);
  private static final ClassName OPTIONAL = ClassName.get(java.util.Optional.class);
  private static final ClassName PATH = ClassName.get(java.nio.file.Path.class);
  private static final TypeVariableName P = TypeVariableName.get("P");

  private final BrokerPlan plan;
  private final ClassName binding;
  private final ClassName builder;

  KafkaFacadeEmitter(BrokerPlan plan) {
    this.plan = plan;
    this.binding = plan.facade().nestedClass("Binding");
    this.builder = plan.facade().nestedClass("Builder");
  }

  TypeSpec emit() {
    List<KafkaBindings.Finding> ignored = new ArrayList<>(); // the check reported them already
    BrokerPlan.BrokerServer server = KafkaBindings.defaultServer(plan);
    TypeSpec.Builder type = TypeSpec.classBuilder(plan.facade())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc(classJavadoc(server))
        .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), binding), "BINDINGS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).initializer(bindings()).build())
        .addField(CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "groupId", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
            .addParameter(CLIENT, "client").addParameter(String.class, "groupId")
            .addStatement("this.client = client").addStatement("this.groupId = groupId").build())
        .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(builder)
            .addJavadoc("Starts a client; only what the spec cannot give needs setting.\n")
            .addStatement("return new $T()", builder).build());
    if (plan.publishes()) {
      type.addMethod(publisher());
    }
    if (plan.subscribes()) {
      type.addMethod(subscribeChannel());
      if (plan.channels().stream().anyMatch(channel -> channel.subscribe() && channel.patternMethod() != null)) {
        type.addMethod(subscribePattern());
      }
      type.addMethod(options());
    }
    type.addMethod(MethodSpec.methodBuilder("state").addModifiers(Modifier.PUBLIC).returns(CLIENT_STATE)
            .addJavadoc("The connection as last seen.\n").addStatement("return client.state()").build())
        .addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .addJavadoc("Closes every subscription (each commits what it handled) and the producer. Idempotent.\n")
            .addStatement("client.close()").build())
        .addMethod(MethodSpec.methodBuilder("toString").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(String.class).addStatement("return $S + client + $S", plan.facade().simpleName() + "[", "]").build())
        .addMethod(lookup())
        .addMethod(BrokerDirectionCheck.refuseDirection(binding, plan.role()))
        .addType(bindingRecord())
        .addType(builderType(server, ignored));
    return type.build();
  }

  private CodeBlock classJavadoc(BrokerPlan.BrokerServer server) {
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("Kafka client for $L, in the $L role: ", SpecText.code(plan.title()), plan.role().keyword())
        .add("typed publishers and subscriptions on the spec's channels over {@code asyncgen-kafka}.\n")
        .add("<p>Publishing waits for every in-sync replica ({@code acks=all}, idempotent). A subscription commits a\n")
        .add("record only after its handler returned (at-least-once); a record that does not decode or whose handler\n")
        .add("throws is reported to {@code onError} and skipped.\n");
    if (server != null) {
      doc.add("<p>Default server: {@code $L}.\n", server.name().replace("}", "").replace("@", ""));
    }
    return doc.build();
  }

  private CodeBlock bindings() {
    List<CodeBlock> entries = new ArrayList<>();
    for (BrokerPlan.BrokerChannel channel : plan.channels()) {
      KafkaBindings.Channel kafka = KafkaBindings.channel(channel, new ArrayList<>());
      CodeBlock spec = CodeBlock.of("$T.DEFAULTS", TOPIC_SPEC);
      if (kafka.partitions() != null) {
        spec = CodeBlock.of("$L.withPartitions($L)", spec, kafka.partitions());
      }
      if (kafka.replicas() != null) {
        spec = CodeBlock.of("$L.withReplicas($L)", spec, kafka.replicas());
      }
      if (!kafka.topicConfiguration().isEmpty()) {
        CodeBlock entriesOf = kafka.topicConfiguration().entrySet().stream()
            .map(entry -> CodeBlock.of("$T.entry($L, $L)", Map.class, SpecText.literal(entry.getKey()),
                SpecText.literal(entry.getValue())))
            .collect(CodeBlock.joining(",$W"));
        spec = CodeBlock.of("$L.withConfiguration($T.ofEntries($L))", spec, Map.class, entriesOf);
      }
      entries.add(CodeBlock.of("new $T($L,$W$L,$W$T.compile($L),$W$L,$W$L,$W$L,$W$L,$W$L,$W$L,$W$L)", binding,
          SpecText.literal(channel.id()), SpecText.literal(channel.template()), PATTERN, SpecText.literal(channel.regex()),
          literalOrNull(kafka.topic()), channel.publish(), channel.subscribe(), classOrNull(channel.headersType()),
          classOrNull(kafka.keyType()), spec, literalOrNull(kafka.groupId())));
    }
    return CodeBlock.builder().add("$T.of(\n$>$>", List.class)
        .add(entries.stream().collect(CodeBlock.joining(",\n"))).add(")$<$<").build();
  }

  private static CodeBlock literalOrNull(String text) {
    return text == null ? CodeBlock.of("null") : SpecText.literal(text);
  }

  private static CodeBlock classOrNull(TypeName type) {
    return type == null ? CodeBlock.of("null") : CodeBlock.of("$T.class", type);
  }

  private TypeName channelOf(TypeName payload) {
    return ParameterizedTypeName.get(plan.channelClass(), payload);
  }

  private TypeName handlerType() {
    return ParameterizedTypeName.get(MESSAGE_HANDLER,
        WildcardTypeName.supertypeOf(ParameterizedTypeName.get(RECEIVED, channelOf(P), P)));
  }

  private MethodSpec publisher() {
    return MethodSpec.methodBuilder("publisher").addModifiers(Modifier.PUBLIC).addTypeVariable(P)
        .returns(ParameterizedTypeName.get(PUBLISHER, P))
        .addParameter(channelOf(P), "channel")
        .addJavadoc("""
            A publisher to {@code channel}'s topic: {@code send(payload)}, or {@code message(payload).headers(h).key(k).send()}.
            Thread-safe; cheap, but keep one per channel rather than one per message.

            @throws IllegalArgumentException when the $L does not publish on the channel, or Kafka would refuse
                the topic name its parameter values make
            """, plan.role().keyword())
        .addStatement("$T binding = binding(channel.name(), true)", binding)
        .addStatement("return client.publisher(binding.topic(channel.name()), binding.topicSpec(), binding.headersType(),"
            + " binding.keyType())")
        .build();
  }

  private MethodSpec subscribeChannel() {
    return MethodSpec.methodBuilder("subscribe").addModifiers(Modifier.PUBLIC).addTypeVariable(P)
        .returns(SUBSCRIPTION)
        .addParameter(channelOf(P), "channel")
        .addParameter(handlerType(), "handler")
        .addJavadoc("""
            Calls {@code handler} with each message on {@code channel}'s topic; {@code ready()} completes once
            partitions are assigned. Returning commits the record, throwing reports and skips it.

            @throws IllegalArgumentException when the $L does not subscribe to the channel, when Kafka would
                refuse the topic name, or when no consumer group is set (the builder's or the spec's)
            """, plan.role().keyword())
        .addStatement("$T binding = binding(channel.name(), false)", binding)
        .addStatement("$T route = new $T<>(channel, channel.payloadType(), binding.headersType(), binding.keyType())",
            ParameterizedTypeName.get(ROUTE, channelOf(P), P), ROUTE)
        .addStatement("return client.subscribe(binding.topic(channel.name()), address -> $T.of(route), handler,"
            + " options(binding).withTopic(binding.topicSpec()))", OPTIONAL)
        .build();
  }

  private MethodSpec subscribePattern() {
    ClassName patternType = ClassName.get(RUNTIME, "ChannelPattern");
    return MethodSpec.methodBuilder("subscribe").addModifiers(Modifier.PUBLIC).addTypeVariable(P)
        .returns(SUBSCRIPTION)
        .addParameter(ParameterizedTypeName.get(patternType, P), "pattern")
        .addParameter(handlerType(), "handler")
        .addJavadoc("""
            Calls {@code handler} with each message on every topic of the channel, whatever its parameters (a
            topic pattern); {@code m.channel()} carries the parameters read back from the topic. Kafka finds
            topics created later within {@code metadata.max.age.ms}.

            @throws IllegalArgumentException when the $L does not subscribe to the channel, or no consumer group
                is set
            """, plan.role().keyword())
        .addStatement("$T binding = BINDINGS.stream().filter(known -> known.template().equals(pattern.template()))"
            + ".findFirst()\n$>.orElseThrow(() -> new $T(\"no Kafka channel has the address \" + pattern.template()))$<",
            binding, IllegalArgumentException.class)
        .addStatement("refuseDirection(binding, false)")
        .addStatement("return client.subscribe(binding.address(), address -> $T.parse(address)\n$>"
            + ".filter(parsed -> binding.address().matcher(parsed.name()).matches())\n"
            + ".map(parsed -> new $T<>(new $T<>(parsed.name(), pattern.payloadType(), parsed.parameters()),\n$>"
            + "pattern.payloadType(), binding.headersType(), binding.keyType())),$<\n"
            + "handler, options(binding))$<",
            plan.channelsClass(), ROUTE, plan.channelClass())
        .build();
  }

  private MethodSpec options() {
    return MethodSpec.methodBuilder("options").addModifiers(Modifier.PRIVATE).returns(SUBSCRIBE_OPTIONS)
        .addParameter(binding, "binding")
        .addComment("The builder's group wins; else the spec's fixed group of the channel's operation.")
        .addStatement("return groupId == null && binding.groupId() != null\n$>? $T.DEFAULTS.withGroupId(binding.groupId())\n"
            + ": $T.DEFAULTS$<", SUBSCRIBE_OPTIONS, SUBSCRIBE_OPTIONS)
        .build();
  }

  private MethodSpec lookup() {
    return MethodSpec.methodBuilder("binding").addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(binding)
        .addParameter(String.class, "address").addParameter(boolean.class, "publishing")
        .addStatement("$T.requireNonNull(address, $S)", java.util.Objects.class, "channel")
        .addStatement("$T found = BINDINGS.stream().filter(known -> known.address().matcher(address).matches())"
            + ".findFirst()\n$>.orElseThrow(() -> new $T(\"no Kafka channel of the spec has the address \" + address))$<",
            binding, IllegalArgumentException.class)
        .addStatement("refuseDirection(found, publishing)")
        .addStatement("return found")
        .build();
  }

  private TypeSpec bindingRecord() {
    return TypeSpec.recordBuilder(binding)
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("One channel of the spec as Kafka uses it.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(String.class, "channel")
            .addParameter(String.class, "template")
            .addParameter(PATTERN, "address")
            .addParameter(String.class, "fixedTopic")
            .addParameter(boolean.class, "publish")
            .addParameter(boolean.class, "subscribe")
            .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "headersType")
            .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "keyType")
            .addParameter(TOPIC_SPEC, "topicSpec")
            .addParameter(String.class, "groupId")
            .build())
        .addMethod(MethodSpec.methodBuilder("topic").returns(String.class).addParameter(String.class, "address")
            .addStatement("return fixedTopic != null ? fixedTopic : address").build())
        .build();
  }

  private TypeSpec builderType(BrokerPlan.BrokerServer server, List<KafkaBindings.Finding> ignored) {
    String bootstrap = KafkaBindings.bootstrapServers(server);
    String clientId = KafkaBindings.clientId(plan, ignored);
    Set<KafkaBindings.Security> security = KafkaBindings.security(plan, ignored);
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds a {@link $T}. Not thread-safe.\n", plan.facade())
        .addField(FieldSpec.builder(CLIENT_BUILDER, "client", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder()", CLIENT).build())
        .addField(FieldSpec.builder(String.class, "bootstrapServers", Modifier.PRIVATE)
            .initializer(literalOrNull(bootstrap)).build())
        .addField(FieldSpec.builder(boolean.class, "tls", Modifier.PRIVATE)
            .initializer("$L", KafkaBindings.secure(server)).build())
        .addField(String.class, "groupId", Modifier.PRIVATE);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    if (clientId != null) {
      constructor.addStatement("client.clientId($L)", SpecText.literal(clientId));
    }
    type.addMethod(constructor.build());
    type.addMethod(setter("bootstrapServers", String.class, "servers",
        bootstrap == null ? "{@code host:port[,host:port...]}; required: the spec has no Kafka server with a complete address."
            : "{@code host:port[,host:port...]}; the spec's server gives " + SpecText.code(bootstrap) + ".",
        CodeBlock.of("this.bootstrapServers = $T.requireNonNull(servers, $S)", java.util.Objects.class, "servers")));
    type.addMethod(setter("groupId", String.class, "groupId",
        "The consumer group of every subscription, instead of the spec's fixed group of each operation.",
        CodeBlock.of("this.groupId = groupId"), CodeBlock.of("client.groupId(groupId)")));
    type.addMethod(setter("clientId", String.class, "clientId",
        clientId == null ? "The client id the broker sees." : "The client id the broker sees; the spec gives "
            + SpecText.code(clientId) + ".",
        CodeBlock.of("client.clientId(clientId)")));
    type.addMethod(setter("tls", boolean.class, "tls",
        "Whether to connect over TLS" + (KafkaBindings.secure(server) ? "; on, as the spec's server is kafka-secure."
            : "; off, as the spec's server is plain kafka."), CodeBlock.of("this.tls = tls")));
    for (KafkaBindings.Security setter : security) {
      type.addMethod(securitySetter(setter));
    }
    type.addMethods(BrokerBuilderSetters.common(builder, CLIENT_BUILDER, "topics, with their partitions, replicas and"
        + " configuration", "raw Kafka properties with {@code property(name, value)}, other security, backoff"));
    type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(plan.facade())
        .addJavadoc("Creates the client; nothing connects before the first publisher or subscription.\n")
        .beginControlFlow("if (bootstrapServers == null)")
        .addStatement("throw new $T($S)", IllegalStateException.class,
            "bootstrapServers(...) is required: the spec has no Kafka server with a complete address")
        .endControlFlow()
        .addStatement("client.bootstrapServers(bootstrapServers)")
        .beginControlFlow("if (tls)")
        .addStatement("client.tls()")
        .endControlFlow()
        .addStatement("return new $T(client.build(), groupId)", plan.facade())
        .build());
    return type.build();
  }

  private MethodSpec securitySetter(KafkaBindings.Security security) {
    if (security == KafkaBindings.Security.MUTUAL_TLS) {
      return MethodSpec.methodBuilder(security.setter()).addModifiers(Modifier.PUBLIC).returns(builder)
          .addParameter(PATH, "keyStore").addParameter(String.class, "keyStorePassword")
          .addParameter(PATH, "trustStore").addParameter(String.class, "trustStorePassword")
          .addJavadoc("Mutual TLS (the spec's X509 scheme): this client's certificate and key, and the certificates it"
              + " trusts (PKCS12, or JKS for a {@code .jks} file).\n")
          .addStatement("this.tls = true")
          .addStatement("client.keyStore(keyStore, keyStorePassword)")
          .addStatement("client.trustStore(trustStore, trustStorePassword)")
          .addStatement("return this")
          .build();
    }
    String mechanism = switch (security) {
      case PLAIN -> "SASL PLAIN";
      case SCRAM_SHA_256 -> "SASL SCRAM-SHA-256";
      default -> "SASL SCRAM-SHA-512";
    };
    return MethodSpec.methodBuilder(security.setter()).addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(String.class, "username").addParameter(String.class, "password")
        .addJavadoc("$L with this username and password (the spec's security scheme); never logged.\n", mechanism)
        .addStatement("client.$L(username, password)", security.setter())
        .addStatement("return this")
        .build();
  }

  private MethodSpec setter(String name, TypeName type, String parameter, String doc, CodeBlock... body) {
    MethodSpec.Builder setter = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
        .addParameter(ParameterSpec.builder(type, parameter).build())
        .addJavadoc("$L\n", doc);
    for (CodeBlock statement : body) {
      setter.addStatement(statement);
    }
    return setter.addStatement("return this").build();
  }

  private static TypeName typeOf(Class<?> type) {
    return TypeName.get(type);
  }

  private MethodSpec setter(String name, Class<?> type, String parameter, String doc, CodeBlock... body) {
    return setter(name, typeOf(type), parameter, doc, body);
  }
}
