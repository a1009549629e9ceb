package dev.asyncgen.core.emit;

import static dev.asyncgen.core.emit.MqttFacadeEmitter.CLIENT;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.CLIENT_BUILDER;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.DURATION;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.LAST_WILL;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.OBJECTS;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.PATH;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.QOS;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.URI;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.UTF_8;
import static dev.asyncgen.core.emit.MqttFacadeEmitter.VERSION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.BrokerPlan;
import dev.asyncgen.core.naming.MqttBindings;
import javax.lang.model.element.Modifier;

/** Renders the {@code Mqtt} facade's builder: the server and its bindings as defaults, and its security setters. */
final class MqttFacadeBuilderEmitter {
  private final BrokerPlan plan;
  private final MqttBindings.Server server;
  private final ClassName builder;

  MqttFacadeBuilderEmitter(BrokerPlan plan, MqttBindings.Server server) {
    this.plan = plan;
    this.server = server;
    this.builder = plan.facade().nestedClass("Builder");
  }

  TypeSpec emit() {
    TypeSpec.Builder type = TypeSpec.classBuilder(builder)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The connection settings; each default comes from the spec" + (server != null
            ? " (server {@code " + server.name() + "})" : "") + ". Not thread-safe.\n")
        .addField(CLIENT_BUILDER, "client", Modifier.PRIVATE, Modifier.FINAL)
        .addField(URI, "uri", Modifier.PRIVATE)
        .addMethod(constructor());
    setter(type, "uri", URI, "uri", "The broker ({@code mqtt://}, {@code tcp://}; {@code mqtts://}, {@code ssl://} for"
        + " TLS), instead of the spec's server.", "this.uri = $T.requireNonNull(uri, \"uri\")", OBJECTS);
    delegate(type, "clientId", ClassName.get(String.class), "clientId",
        "The client identifier; with one, the session persists across reconnects.");
    delegate(type, "cleanSession", TypeName.BOOLEAN, "cleanSession",
        "Whether the broker discards the session on connect.");
    delegate(type, "keepAlive", DURATION, "keepAlive", "The keep-alive interval.");
    delegate(type, "sessionExpiry", DURATION, "sessionExpiry",
        "How long a persistent MQTT 5 session outlives its connection.");
    delegate(type, "lastWill", LAST_WILL, "lastWill",
        "The message the broker publishes when the connection ends without a DISCONNECT.");
    if (server != null && server.userPassword()) {
      delegate(type, "username", ClassName.get(String.class), "username",
          "The user name of the server's userPassword security scheme.");
      delegate(type, "password", TypeName.get(char[].class), "password",
          "The password of the server's userPassword security scheme (copied; never printed).");
    }
    if (server != null && (server.tls() || server.x509())) {
      type.addMethod(MethodSpec.methodBuilder("trustStore").addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("Certificates to trust for TLS (PKCS12 or JKS); default: the JDK's.\n")
          .addParameter(PATH, "file").addParameter(char[].class, "password")
          .addStatement("client.trustStore(file, password)").addStatement("return this").build());
    }
    if (server != null && server.x509()) {
      type.addMethod(MethodSpec.methodBuilder("keyStore").addModifiers(Modifier.PUBLIC).returns(builder)
          .addJavadoc("The client certificate and key of the server's X509 security scheme (PKCS12 or JKS).\n")
          .addParameter(PATH, "file").addParameter(char[].class, "password")
          .addStatement("client.keyStore(file, password)").addStatement("return this").build());
    }
    type.addMethods(BrokerBuilderSetters.common(builder, CLIENT_BUILDER, null,
        "protocol version, backoff, HiveMQ's builder"));
    type.addMethod(MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(plan.facade())
        .addJavadoc("Builds the facade, which starts connecting at once.\n\n"
            + "@throws IllegalStateException when no uri is given and the spec's server has none to offer\n")
        .beginControlFlow("if (uri == null)")
        .addStatement("throw new IllegalStateException($S)", "no MQTT broker: the spec's server has no address"
            + " without variables to fill in; give uri(...)")
        .endControlFlow()
        .addStatement("return new $T(client.uri(uri).build())", plan.facade())
        .build());
    return type.build();
  }

  private MethodSpec constructor() {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
        .addStatement("client = $T.builder()", CLIENT);
    if (server == null) {
      return constructor.build();
    }
    if (server.uri() != null) {
      constructor.addStatement("uri = $T.create($L)", URI, SpecText.literal(server.uri()));
    }
    if (!server.mqtt5()) {
      constructor.addStatement("client.protocolVersion($T.V3_1_1)", VERSION);
    }
    if (server.clientId() != null) {
      constructor.addStatement("client.clientId($L)", SpecText.literal(server.clientId()));
    }
    if (server.cleanSession() != null) {
      constructor.addStatement("client.cleanSession($L)", server.cleanSession());
    }
    if (server.keepAlive() != null) {
      constructor.addStatement("client.keepAlive($T.ofSeconds($L))", DURATION, server.keepAlive());
    }
    if (server.sessionExpiry() != null) {
      constructor.addStatement("client.sessionExpiry($T.ofSeconds($L))", DURATION, server.sessionExpiry());
    }
    MqttBindings.LastWill will = server.lastWill();
    if (will != null) {
      constructor.addStatement("client.lastWill(new $T($L, $L.getBytes($T.UTF_8), $T.of($L), $L))", LAST_WILL,
          SpecText.literal(will.topic()), SpecText.literal(will.message()), UTF_8, QOS, will.qos(), will.retain());
    }
    return constructor.build();
  }

  private void delegate(TypeSpec.Builder type, String name, TypeName parameterType, String parameter, String doc) {
    type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc(doc + "\n")
        .addParameter(parameterType, parameter)
        .addStatement("client.$L($L)", name, parameter)
        .addStatement("return this")
        .build());
  }

  private void setter(TypeSpec.Builder type, String name, TypeName parameterType, String parameter, String doc,
      String statement, Object... args) {
    type.addMethod(MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).returns(builder)
        .addJavadoc(doc + "\n")
        .addParameter(parameterType, parameter)
        .addStatement(statement, args)
        .addStatement("return this")
        .build());
  }
}
