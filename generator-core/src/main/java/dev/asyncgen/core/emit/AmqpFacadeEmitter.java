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
import dev.asyncgen.core.model.SecurityScheme;
import dev.asyncgen.core.naming.AmqpBindings;
import dev.asyncgen.core.naming.BrokerPlan;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Renders the {@code Amqp} facade over {@code asyncgen-amqp}: each channel's exchange, queue and publish options
 * from its AMQP bindings, a builder with the spec's first AMQP server and its security schemes, and typed
 * {@code publisher}/{@code subscribe}. The runtime's classes are named here, not imported, so core needs no
 * runtime dependency.
 */
final class AmqpFacadeEmitter {
  private static final String RUNTIME = "dev.asyncgen.runtime";
  private static final String AMQP = "dev.asyncgen.amqp";
  static final ClassName CLIENT = ClassName.get(AMQP, "AmqpClient");
  static final ClassName CLIENT_BUILDER = CLIENT.nestedClass("Builder");
  static final ClassName EXCHANGE = ClassName.get(AMQP, "AmqpExchange");
  static final ClassName QUEUE = ClassName.get(AMQP, "AmqpQueue");
  static final ClassName SOURCE = ClassName.get(AMQP, "AmqpSource");
  static final ClassName NAMES = ClassName.get(AMQP, "AmqpNames");
  static final ClassName PUBLISH_OPTIONS = ClassName.get(AMQP, "PublishOptions");
  static final ClassName SUBSCRIBE_OPTIONS = ClassName.get(AMQP, "SubscribeOptions");
  static final ClassName PUBLISHER = ClassName.get(RUNTIME, "Publisher");
  static final ClassName SUBSCRIPTION = ClassName.get(RUNTIME, "Subscription");
  static final ClassName RECEIVED = ClassName.get(RUNTIME, "ReceivedMessage");
  static final ClassName HANDLER = ClassName.get(RUNTIME, "MessageHandler");
  static final ClassName ROUTE = ClassName.get(RUNTIME, "Route");
  static final ClassName SSL_CONTEXT = ClassName.get("javax.net.ssl", "SSLContext");

  private final BrokerPlan plan;
  private final ClassName builder;
  private final ClassName binding;
  private final List<AmqpBindings> channels = new ArrayList<>();

  AmqpFacadeEmitter(BrokerPlan plan) {
    this.plan = plan;
    this.builder = plan.facade().nestedClass("Builder");
    this.binding = plan.facade().nestedClass("Binding");
    plan.channels().forEach(channel -> channels.add(AmqpBindings.of(channel)));
  }

  TypeSpec emit() {
    TypeSpec.Builder type = TypeSpec.classBuilder(plan.facade())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc(classJavadoc());
    String defaultUri = defaultUri();
    if (defaultUri != null) {
      type.addField(FieldSpec.builder(URI.class, "DEFAULT_URI", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The spec's server $L, each variable at its default.\n",
              SpecText.code(plan.servers().get(0).name()))
          .initializer("$T.create($L)", URI.class, SpecText.literal(defaultUri))
          .build());
    }
    type.addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), binding), "BINDINGS",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(bindings())
        .build());
    type.addField(CLIENT, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(CLIENT, "client")
            .addStatement("this.client = client")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder; {@link Builder#build()} starts connecting in the background.\n\n"
                + "@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(MethodSpec.methodBuilder("client")
            .addJavadoc("The runtime client beneath: its state, codec, and anything the spec does not describe.\n\n"
                + "@return the client\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(CLIENT)
            .addStatement("return client")
            .build())
        .addMethod(MethodSpec.methodBuilder("ready")
            .addJavadoc("Completes once connected to the broker; fails when the client closes first or the broker"
                + " refuses the\ncredentials. A subscription's own {@code ready()} says when its consumer is"
                + " in place.\n\n@return the first connection\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(CompletableFuture.class, Void.class))
            .addStatement("return client.connected()")
            .build());
    if (plan.publishes()) {
      type.addMethod(publisher());
    }
    if (plan.subscribes()) {
      type.addMethod(subscribeChannel());
      if (channels.stream().anyMatch(c -> c.channel().subscribe() && !c.channel().parameters().isEmpty())) {
        type.addMethod(subscribePattern());
      }
    }
    return type
        .addMethod(MethodSpec.methodBuilder("close")
            .addJavadoc("Closes the connection and ends every thread of the client. Idempotent.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addStatement("client.close()")
            .build())
        .addMethod(bindingOfChannel())
        .addMethod(bindingOfTemplate())
        .addType(bindingType())
        .addType(builderType())
        .build();
  }

  private CodeBlock classJavadoc() {
    return CodeBlock.builder()
        .add("The $L API over AMQP 0-9-1 (RabbitMQ), for the $L role: typed publishers and subscriptions on its\n",
            SpecText.code(plan.title()), plan.role().keyword())
        .add("channels, with the exchanges, queues and message properties of the spec's AMQP bindings.\n\n")
        .add("<p>A send completes when the broker confirms it; a received message is acknowledged when its"
            + " handler\nreturns and rejected without requeue when it throws or does not decode (reported to"
            + " {@code onError}\nwith its bytes; a queue's dead-letter exchange may catch it). Exchanges and"
            + " queues are declared only\nunder {@code client(c -> c.declareTopology(true))}; otherwise they"
            + " must exist. A subscriber of a routingKey\nchannel whose binding names no queue reads a private"
            + " queue the broker names, exclusive to the connection\nand deleted with it: messages sent while"
            + " it is disconnected are not kept for it.\n")
        .build();
  }

  /** The first server's address as an AMQP URI, or null when a variable has no default or it is no URI. */
  private String defaultUri() {
    if (plan.servers().isEmpty()) {
      return null;
    }
    String address = plan.servers().get(0).defaultAddress();
    if (address.contains("{")) {
      return null;
    }
    String protocol = plan.servers().get(0).protocol().toLowerCase(Locale.ROOT);
    String uri = address.contains("://") ? address : protocol + "://" + address;
    try {
      URI parsed = URI.create(uri);
      return parsed.getHost() == null ? null : uri;
    } catch (IllegalArgumentException notUri) {
      return null;
    }
  }

  private CodeBlock bindings() {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(\n$>", List.class);
    for (int i = 0; i < channels.size(); i++) {
      list.add(bindingOf(channels.get(i))).add(i + 1 < channels.size() ? ",\n" : "");
    }
    return list.add("$<)").build();
  }

  private CodeBlock bindingOf(AmqpBindings amqp) {
    BrokerPlan.BrokerChannel channel = amqp.channel();
    AmqpBindings.Exchange exchange = amqp.exchange();
    CodeBlock exchangeCode = exchange.isDefault()
        ? CodeBlock.of("$T.defaultExchange()", EXCHANGE)
        : CodeBlock.of("new $T($L, $S, $L, $L)", EXCHANGE, SpecText.literal(exchange.name()), exchange.type(),
            exchange.durable(), exchange.autoDelete());
    AmqpBindings.Queue queue = amqp.queue();
    if (queue == null && (amqp.queueChannel() || exchange.isDefault())) {
      queue = new AmqpBindings.Queue(channel.template(), true, false, false, null);
    }
    CodeBlock queueCode = queue == null ? CodeBlock.of("null")
        : CodeBlock.of("new $T($L, $L, $L, $L)", QUEUE, SpecText.literal(queue.name()), queue.durable(),
            queue.exclusive(), queue.autoDelete());
    boolean queueNamedByAddress = queue != null && queue.name().equals(channel.template());
    CodeBlock parameters = channel.parameters().stream().map(SpecText::literal).collect(CodeBlock.joining(", "));
    CodeBlock headers = channel.headersType() == null ? CodeBlock.of("null") : CodeBlock.of("$T.class",
        channel.headersType());
    return CodeBlock.builder()
        .add("new $T($L, $L, $T.compile($L), $T.of($L),\n$>", binding, SpecText.literal(channel.id()),
            SpecText.literal(channel.template()), Pattern.class, SpecText.literal(channel.regex()), List.class,
            parameters)
        .add("$L, $L, $L, $L,\n", amqp.queueChannel(), exchangeCode, queueCode, queueNamedByAddress)
        .add("$L,\n", publishOptions(amqp))
        .add("$L,\n", amqp.brokerAcks() ? CodeBlock.of("$T.defaults()", SUBSCRIBE_OPTIONS)
            : CodeBlock.of("$T.defaults().brokerAcks(false)", SUBSCRIBE_OPTIONS))
        .add("$L, $L, $L)$<", channel.publish(), channel.subscribe(), headers)
        .build();
  }

  private CodeBlock publishOptions(AmqpBindings amqp) {
    AmqpBindings.Publish publish = amqp.publish();
    CodeBlock.Builder options = CodeBlock.builder().add("$T.defaults()", PUBLISH_OPTIONS);
    if (publish.deliveryMode() != null) {
      options.add(".persistent($L)", publish.deliveryMode() == 2);
    }
    if (publish.mandatory() != null) {
      options.add(".mandatory($L)", publish.mandatory());
    }
    if (publish.priority() != null) {
      options.add(".priority($L)", publish.priority());
    }
    if (publish.expiration() != null) {
      options.add(".expiration($T.ofMillis($LL))", Duration.class, publish.expiration());
    }
    if (!publish.cc().isEmpty()) {
      options.add(".cc($T.of($L))", List.class,
          publish.cc().stream().map(SpecText::literal).collect(CodeBlock.joining(", ")));
    }
    if (!publish.bcc().isEmpty()) {
      options.add(".bcc($T.of($L))", List.class,
          publish.bcc().stream().map(SpecText::literal).collect(CodeBlock.joining(", ")));
    }
    if (publish.replyTo() != null) {
      options.add(".replyTo($L)", SpecText.literal(publish.replyTo()));
    }
    if (publish.timestamp() != null) {
      options.add(".timestamp($L)", publish.timestamp());
    }
    if (publish.userId() != null) {
      options.add(".userId($L)", SpecText.literal(publish.userId()));
    }
    if (amqp.contentEncoding() != null) {
      options.add(".contentEncoding($L)", SpecText.literal(amqp.contentEncoding()));
    }
    if (amqp.messageType() != null) {
      options.add(".messageType($L)", SpecText.literal(amqp.messageType()));
    }
    return options.build();
  }

  private TypeVariableName p() {
    return TypeVariableName.get("P");
  }

  private TypeName channelOf(TypeName payload) {
    return ParameterizedTypeName.get(plan.channelClass(), payload);
  }

  private TypeName handlerType() {
    return ParameterizedTypeName.get(HANDLER, WildcardTypeName.supertypeOf(
        ParameterizedTypeName.get(RECEIVED, channelOf(p()), p())));
  }

  private MethodSpec publisher() {
    return MethodSpec.methodBuilder("publisher")
        .addJavadoc("A publisher to {@code channel}: its exchange, with the channel name as routing key, and the"
            + " message\nproperties of its bindings.\n\n"
            + "@param channel a channel from {@link $T}\n"
            + "@return a thread-safe publisher\n"
            + "@throws IllegalArgumentException when the $L role does not publish on it, or a parameter value"
            + " holds {@code .},\n    {@code *} or {@code #} on a topic exchange\n", plan.channelsClass(),
            plan.role().keyword())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(p())
        .returns(ParameterizedTypeName.get(PUBLISHER, p()))
        .addParameter(channelOf(p()), "channel")
        .addStatement("$T binding = binding(channel)", binding)
        .beginControlFlow("if (!binding.publishes())")
        .addStatement("throw new $T($S + binding.id() + $S)", IllegalArgumentException.class,
            "the " + plan.role().keyword() + " role does not publish on channel ",
            ": the spec has no operation for it")
        .endControlFlow()
        .addStatement("binding.checkWords(channel)")
        .addStatement("return client.publisher(binding.exchange(), binding.routingKey(channel.name()),"
            + " binding.publishOptions(), binding.headersType())")
        .build();
  }

  private MethodSpec subscribeChannel() {
    TypeName route = ParameterizedTypeName.get(ROUTE, channelOf(p()), p());
    return MethodSpec.methodBuilder("subscribe")
        .addJavadoc("Subscribes {@code handler} to {@code channel}: its queue, or a private queue bound to its"
            + " exchange with\nthe channel name.\n\n"
            + "@param channel a channel from {@link $T}\n"
            + "@param handler called for each message; returning acknowledges it, throwing rejects it\n"
            + "@return the subscription; its {@code ready()} completes on the broker's consume-ok\n"
            + "@throws IllegalArgumentException when the $L role does not subscribe to it, or a parameter value"
            + " holds\n    {@code .}, {@code *} or {@code #} on a topic exchange\n", plan.channelsClass(),
            plan.role().keyword())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(p())
        .returns(SUBSCRIPTION)
        .addParameter(channelOf(p()), "channel")
        .addParameter(handlerType(), "handler")
        .addStatement("$T binding = binding(channel)", binding)
        .addStatement("binding.requireSubscribes()")
        .addStatement("binding.checkWords(channel)")
        .addStatement("$T route = new $T<>(channel, channel.payloadType(), binding.headersType(), null)", route,
            ROUTE)
        .addStatement("return client.subscribe(binding.source(channel.name(), channel.name()),"
            + " routingKey -> $T.of(route), handler, binding.subscribeOptions())", Optional.class)
        .build();
  }

  private MethodSpec subscribePattern() {
    return MethodSpec.methodBuilder("subscribe")
        .addJavadoc("Subscribes {@code handler} to every value of {@code pattern}'s parameters: a binding key with"
            + " a {@code *} per\nparameter on the channel's topic exchange. Each message carries its concrete"
            + " channel, parameters read\nback from the routing key.\n\n"
            + "@param pattern a pattern from {@link $T}\n"
            + "@param handler called for each message; returning acknowledges it, throwing rejects it\n"
            + "@return the subscription; its {@code ready()} completes on the broker's consume-ok\n"
            + "@throws IllegalArgumentException when the $L role does not subscribe to it, or its channel is not a"
            + " routingKey\n    channel on a topic exchange\n", plan.patternsClass(), plan.role().keyword())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(p())
        .returns(SUBSCRIPTION)
        .addParameter(ParameterizedTypeName.get(ChannelPatternsEmitter.CHANNEL_PATTERN, p()), "pattern")
        .addParameter(handlerType(), "handler")
        .addStatement("$T binding = binding(pattern)", binding)
        .addStatement("binding.requireSubscribes()")
        .beginControlFlow("if (!binding.wildcardable())")
        .addStatement("throw new $T($S + binding.id() + $S)", IllegalArgumentException.class, "channel ",
            " cannot be subscribed to for every parameter value: only a routingKey channel on a topic exchange"
                + " can; subscribe to concrete channels instead")
        .endControlFlow()
        .addStatement("return client.subscribe(binding.source(pattern.template(), pattern.fill(parameter -> $S)),"
            + " routingKey -> binding.parse(routingKey, pattern.payloadType()), handler,"
            + " binding.subscribeOptions())", "*")
        .build();
  }

  private MethodSpec bindingOfChannel() {
    return MethodSpec.methodBuilder("binding")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(binding)
        .addParameter(ParameterizedTypeName.get(plan.channelClass(), WildcardTypeName.subtypeOf(Object.class)),
            "channel")
        .beginControlFlow("for ($T binding : BINDINGS)", binding)
        .beginControlFlow("if (new $T<>(binding.parameters()).equals(channel.parameters().keySet())"
            + " && binding.regex().matcher(channel.name()).matches())", HashSet.class)
        .addStatement("return binding")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T($S + channel.name() + $S)", IllegalArgumentException.class, "channel ",
            " has no AMQP binding in this API: it is not a channel the " + plan.role().keyword()
                + " role publishes or subscribes on")
        .build();
  }

  private MethodSpec bindingOfTemplate() {
    return MethodSpec.methodBuilder("binding")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(binding)
        .addParameter(ParameterizedTypeName.get(ChannelPatternsEmitter.CHANNEL_PATTERN,
            WildcardTypeName.subtypeOf(Object.class)), "pattern")
        .beginControlFlow("for ($T binding : BINDINGS)", binding)
        .beginControlFlow("if (binding.template().equals(pattern.template()))")
        .addStatement("return binding")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T($S + pattern.template() + $S)", IllegalArgumentException.class, "channel ",
            " has no AMQP binding in this API: it is not a channel the " + plan.role().keyword()
                + " role subscribes to")
        .build();
  }

  private TypeSpec bindingType() {
    TypeName classOfP = ParameterizedTypeName.get(ClassName.get(Class.class), p());
    TypeName wildcardClass = ParameterizedTypeName.get(ClassName.get(Class.class),
        WildcardTypeName.subtypeOf(Object.class));
    return TypeSpec.recordBuilder(binding)
        .addModifiers(Modifier.PRIVATE)
        .addJavadoc("What the AMQP bindings say about one channel.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(String.class, "id")
            .addParameter(String.class, "template")
            .addParameter(Pattern.class, "regex")
            .addParameter(ParameterizedTypeName.get(List.class, String.class), "parameters")
            .addParameter(TypeName.BOOLEAN, "queueChannel")
            .addParameter(EXCHANGE, "exchange")
            .addParameter(QUEUE, "queue")
            .addParameter(TypeName.BOOLEAN, "queueNamedByAddress")
            .addParameter(PUBLISH_OPTIONS, "publishOptions")
            .addParameter(SUBSCRIBE_OPTIONS, "subscribeOptions")
            .addParameter(TypeName.BOOLEAN, "publishes")
            .addParameter(TypeName.BOOLEAN, "subscribes")
            .addParameter(wildcardClass, "headersType")
            .build())
        .addMethod(MethodSpec.methodBuilder("routingKey")
            .addJavadoc("A queue channel's messages go to its queue; any other's carry the channel name.\n")
            .returns(String.class)
            .addParameter(String.class, "address")
            .addStatement("return queueChannel && exchange.name().isEmpty() ? queueFor(address).name() : address")
            .build())
        .addMethod(MethodSpec.methodBuilder("queueFor")
            .returns(QUEUE)
            .addParameter(String.class, "address")
            .addStatement("return queue != null && queueNamedByAddress"
                + " ? new $T(address, queue.durable(), queue.exclusive(), queue.autoDelete()) : queue", QUEUE)
            .build())
        .addMethod(MethodSpec.methodBuilder("source")
            .addJavadoc("Where a subscriber reads: the queue, bound to the exchange with {@code bindingKey} unless"
                + " it is the\ndefault exchange; a private queue when the binding names none.\n")
            .returns(SOURCE)
            .addParameter(String.class, "address")
            .addParameter(String.class, "bindingKey")
            .addStatement("$T named = queueFor(address)", QUEUE)
            .beginControlFlow("if (named == null)")
            .addStatement("return $T.exchange(exchange, bindingKey)", SOURCE)
            .endControlFlow()
            .addStatement("return queueChannel || exchange.name().isEmpty() ? $T.queue(named)"
                + " : $T.queue(named).boundTo(exchange, bindingKey)", SOURCE, SOURCE)
            .build())
        .addMethod(MethodSpec.methodBuilder("wildcardable")
            .returns(TypeName.BOOLEAN)
            .addStatement("return !queueChannel && exchange.isTopic() && !exchange.name().isEmpty()")
            .build())
        .addMethod(MethodSpec.methodBuilder("requireSubscribes")
            .beginControlFlow("if (!subscribes)")
            .addStatement("throw new $T($S + id + $S)", IllegalArgumentException.class,
                "the " + plan.role().keyword() + " role does not subscribe to channel ",
                ": the spec has no operation for it")
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("checkWords")
            .addJavadoc("On a topic exchange each parameter value is one word of the routing key.\n")
            .addParameter(ParameterizedTypeName.get(plan.channelClass(), WildcardTypeName.subtypeOf(Object.class)),
                "channel")
            .beginControlFlow("if (exchange.isTopic() && !queueChannel)")
            .addStatement("channel.parameters().forEach((name, value) -> $T.requireTopicWord(id, name, value))",
                NAMES)
            .endControlFlow()
            .build())
        .addMethod(MethodSpec.methodBuilder("parse")
            .addJavadoc("The concrete channel a routing key names, parameters read from it; empty when it names"
                + " none.\n")
            .addTypeVariable(p())
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class),
                ParameterizedTypeName.get(ROUTE, channelOf(p()), p())))
            .addParameter(String.class, "routingKey")
            .addParameter(classOfP, "payloadType")
            .addStatement("$T matcher = regex.matcher(routingKey)", Matcher.class)
            .beginControlFlow("if (!matcher.matches())")
            .addStatement("return $T.empty()", Optional.class)
            .endControlFlow()
            .addStatement("$T<String, String> values = new $T<>()", Map.class, LinkedHashMap.class)
            .beginControlFlow("for (int i = 0; i < parameters.size(); i++)")
            .addStatement("values.put(parameters.get(i), matcher.group(i + 1))")
            .endControlFlow()
            .addStatement("return $T.of(new $T<>(new $T<>(routingKey, payloadType, values), payloadType,"
                + " headersType, null))", Optional.class, ROUTE, plan.channelClass())
            .build())
        .build();
  }

  private TypeSpec builderType() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds an {@link $T}: where the broker is, how to authenticate, and through {@link"
            + " #configure(Consumer)}\nanything else the runtime offers.\n", plan.facade())
        .addField(FieldSpec.builder(CLIENT_BUILDER, "client", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("$T.builder()", CLIENT)
            .build())
        .addField(TypeName.BOOLEAN, "located", Modifier.PRIVATE);
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    if (defaultUri() != null) {
      constructor.addStatement("client.uri(DEFAULT_URI)").addStatement("located = true");
    }
    String vhost = AmqpBindings.virtualHost(channels);
    if (vhost != null) {
      constructor.addComment("The bindings' vhost; a virtual host in the URI wins.")
          .addStatement("client.virtualHost($L)", SpecText.literal(vhost));
    }
    type.addMethod(constructor.build());
    type.addMethod(MethodSpec.methodBuilder("uri")
        .addJavadoc("The broker: {@code amqp://user:pass@host:port/vhost} or {@code amqps://...}; its virtual"
            + " host wins over\nthe bindings' {@code vhost}.\n\n@param uri the broker's URI\n@return this builder\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(URI.class, "uri")
        .addStatement("client.uri(uri)")
        .addStatement("located = true")
        .addStatement("return this")
        .build());
    for (SecurityScheme scheme : schemes("userpassword", "plain")) {
      type.addMethod(MethodSpec.methodBuilder("userPassword")
          .addJavadoc("The credentials of security scheme $L ($L).\n\n@param username the user\n"
              + "@param password the password, never logged\n@return this builder\n", SpecText.code(scheme.name()),
              SpecText.code(scheme.type()))
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(String.class, "username")
          .addParameter(String.class, "password")
          .addStatement("client.username(username).password(password)")
          .addStatement("return this")
          .build());
      break;
    }
    for (SecurityScheme scheme : schemes("x509")) {
      type.addMethod(MethodSpec.methodBuilder("x509")
          .addJavadoc("Security scheme $L: TLS with the client certificate of {@code sslContext}'s key managers"
              + " (SASL EXTERNAL).\n\n@param sslContext keys and trust\n@return this builder\n",
              SpecText.code(scheme.name()))
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(SSL_CONTEXT, "sslContext")
          .addStatement("client.x509(sslContext)")
          .addStatement("return this")
          .build());
      break;
    }
    return type
        .addMethod(MethodSpec.methodBuilder("tls")
            .addJavadoc("TLS with {@code sslContext}'s trust (an {@code amqps} URI alone uses the JVM's).\n\n"
                + "@param sslContext the TLS context\n@return this builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(SSL_CONTEXT, "sslContext")
            .addStatement("client.tls(sslContext)")
            .addStatement("return this")
            .build())
        .addMethods(BrokerBuilderSetters.common(builder, CLIENT_BUILDER, "exchanges, queues and their bindings",
            "prefetch, backoff, connection timeout, credentials"))
        .addMethod(MethodSpec.methodBuilder("build")
            .addJavadoc("Builds the facade and starts connecting in the background.\n\n@return the facade\n"
                + "@throws IllegalStateException when no URI was given and the spec names no AMQP server\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(plan.facade())
            .beginControlFlow("if (!located)")
            .addStatement("throw new $T($S)", IllegalStateException.class,
                "the spec names no AMQP server with a complete address; give the broker with uri(...)")
            .endControlFlow()
            .addStatement("return new $T(client.build())", plan.facade())
            .build())
        .build();
  }

  private List<SecurityScheme> schemes(String... types) {
    List<String> wanted = List.of(types);
    return plan.servers().stream()
        .flatMap(server -> server.security().stream())
        .filter(scheme -> scheme.type() != null && wanted.contains(scheme.type().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
