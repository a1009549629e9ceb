package dev.asyncgen.core.emit;

import static java.util.stream.Collectors.collectingAndThen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.core.naming.EnumPlan;
import dev.asyncgen.core.naming.RealtimePlan;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The facade's nested enums: one per string binding property with {@code enum} values, and {@code Server} when the
 * spec has several WebSocket servers to choose from.
 */
final class RealtimeEnumsEmitter {
  private static final TypeName STRINGS = ParameterizedTypeName.get(List.class, String.class);
  private static final TypeName STRING_MAP = ParameterizedTypeName.get(Map.class, String.class, String.class);
  private static final TypeName ALLOWED = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), STRINGS);

  private RealtimeEnumsEmitter() {}

  /** {@code enum Encoding { JSON("json"), ... }} with the wire value behind {@code value()}. */
  static TypeSpec valueEnum(RealtimePlan.Setter setter, String where) {
    RealtimePlan.ValueEnum values = setter.values();
    TypeSpec.Builder type = TypeSpec.enumBuilder(values.name())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The values of the handshake $L $L.\n", where, SpecText.code(setter.wireName()));
    for (EnumPlan.Constant constant : values.constants()) {
      type.addEnumConstant(constant.name(), TypeSpec.anonymousClassBuilder(SpecText.literal(constant.value()))
          .addJavadoc("$L on the wire.\n", SpecText.code(constant.value()))
          .build());
    }
    return type
        .addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "value")
            .addStatement("this.value = value")
            .build())
        .addMethod(MethodSpec.methodBuilder("value")
            .addJavadoc("The value as the handshake carries it.\n\n@return the value on the wire\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return value")
            .build())
        .build();
  }

  /** {@code enum Server}: each server's URL template, its variables and their defaults. */
  static TypeSpec servers(RealtimePlan.ServerChoices choices, ClassName builder) {
    TypeSpec.Builder type = TypeSpec.enumBuilder(choices.enumName())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The spec's WebSocket servers. {@link $T#server($T)} chooses one ({@link #$L}, the first,\n"
            + "is the default); {@link $T#serverVariable(String, String)} sets its URL's variables.\n",
            builder, choices.enumName(), choices.servers().get(0).constant(), builder);
    for (RealtimePlan.ServerChoice server : choices.servers()) {
      type.addEnumConstant(server.constant(), TypeSpec.anonymousClassBuilder("$L,$W$L,$W$L,$W$L,$W$L,$W$L",
              SpecText.literal(server.name()), SpecText.literal(server.url()), variableNames(server),
              variableDefaults(server), allowedValues(server), strings(server.authorityVariables()))
          .addJavadoc(serverJavadoc(server))
          .build());
    }
    return type
        .addField(String.class, "specName", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "url", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(STRINGS, "variables", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(STRING_MAP, "defaults", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(ALLOWED, "allowedValues", Modifier.PRIVATE, Modifier.FINAL).build())
        .addField(FieldSpec.builder(STRINGS, "authorityVariables", Modifier.PRIVATE, Modifier.FINAL).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "specName")
            .addParameter(String.class, "url")
            .addParameter(STRINGS, "variables")
            .addParameter(STRING_MAP, "defaults")
            .addParameter(ALLOWED, "allowedValues")
            .addParameter(STRINGS, "authorityVariables")
            .addStatement("this.specName = specName")
            .addStatement("this.url = url")
            .addStatement("this.variables = variables")
            .addStatement("this.defaults = defaults")
            .addStatement("this.allowedValues = allowedValues")
            .addStatement("this.authorityVariables = authorityVariables")
            .build())
        .addMethod(MethodSpec.methodBuilder("specName")
            .addJavadoc("The server's name under the spec's {@code servers}.\n\n@return the name\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return specName")
            .build())
        .addMethod(MethodSpec.methodBuilder("uri")
            .addJavadoc("The server's URI with each variable at its default.\n\n@return the URI\n"
                + "@throws IllegalStateException when a variable has no default\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(URI.class)
            .addStatement("return uri($T.of())", Map.class)
            .build())
        .addMethod(uriWithVariables())
        .addMethod(checked())
        .addMethod(percentEncoded())
        .addMethod(named(choices.enumName()))
        .build();
  }

  private static CodeBlock serverJavadoc(RealtimePlan.ServerChoice server) {
    CodeBlock.Builder doc = CodeBlock.builder().add(SpecText.javadocBlock(server.description()));
    if (!doc.isEmpty()) {
      doc.add("\n<p>");
    }
    doc.add("The server $L:\n$L", SpecText.code(server.name()), SpecText.code(server.url()));
    if (!server.variables().isEmpty()) {
      doc.add("; variables: $L", String.join(", ", server.variables().keySet().stream().map(SpecText::code).toList()));
    }
    return doc.add(".\n").build();
  }

  private static CodeBlock variableNames(RealtimePlan.ServerChoice server) {
    return CodeBlock.of("$T.of($L)", List.class,
        server.variables().keySet().stream().map(SpecText::literal).collect(CodeBlock.joining(",$W")));
  }

  private static CodeBlock variableDefaults(RealtimePlan.ServerChoice server) {
    return server.variables().entrySet().stream()
        .filter(variable -> variable.getValue() != null)
        .map(variable -> CodeBlock.of("$T.entry($L,$W$L)", Map.class, SpecText.literal(variable.getKey()),
            SpecText.literal(variable.getValue())))
        .collect(collectingAndThen(CodeBlock.joining(",$W"), entries -> CodeBlock.of("$T.ofEntries($L)", Map.class,
            entries)));
  }

  private static CodeBlock strings(List<String> values) {
    return CodeBlock.of("$T.of($L)", List.class,
        values.stream().map(SpecText::literal).collect(CodeBlock.joining(",$W")));
  }

  private static CodeBlock allowedValues(RealtimePlan.ServerChoice server) {
    return server.allowedValues().entrySet().stream()
        .map(variable -> CodeBlock.of("$T.entry($L,$W$L)", Map.class, SpecText.literal(variable.getKey()),
            strings(variable.getValue())))
        .collect(collectingAndThen(CodeBlock.joining(",$W"), entries -> CodeBlock.of("$T.ofEntries($L)", Map.class,
            entries)));
  }

  /**
   * A user's value for a variable: one of its {@code enum} values if it has them; in the scheme, host or port
   * nothing but letters, digits, '.' and '-' (so that '@', ':' or '/' cannot move the host); elsewhere
   * percent-encoded (so that '/', '?' and '#' stay in their segment), and never a dot segment.
   */
  private static MethodSpec checked() {
    return MethodSpec.methodBuilder("checked")
        .addModifiers(Modifier.PRIVATE)
        .returns(String.class)
        .addParameter(String.class, "name")
        .addParameter(String.class, "value")
        .addStatement("$T allowed = allowedValues.get(name)", STRINGS)
        .beginControlFlow("if (allowed != null && !allowed.contains(value))")
        .addStatement("throw new $T(\"server \" + specName + \": variable \" + name + \" must be one of \""
            + "$W+ allowed + \", not \\\"\" + value + \"\\\"\")", IllegalArgumentException.class)
        .endControlFlow()
        .beginControlFlow("if (authorityVariables.contains(name))")
        .beginControlFlow("if (value.isEmpty() || !value.chars().allMatch(c -> c >= 'a' && c <= 'z'"
            + " || c >= 'A' && c <= 'Z'$W|| c >= '0' && c <= '9' || c == '.' || c == '-'))")
        .addStatement("throw new $T(\"server \" + specName + \": variable \" + name$W+ \" is part of the"
            + " host or port,\"$W+ \" so it holds only letters, digits, '.' and '-', not \\\"\" + value"
            + " + \"\\\"\")", IllegalArgumentException.class)
        .endControlFlow()
        .addStatement("return value")
        .endControlFlow()
        .beginControlFlow("if (value.equals(\".\") || value.equals(\"..\"))")
        .addStatement("throw new $T(\"server \" + specName + \": variable \" + name$W+ \" cannot be \" + value)",
            IllegalArgumentException.class)
        .endControlFlow()
        .addStatement("return percentEncoded(value)")
        .build();
  }

  private static MethodSpec percentEncoded() {
    return MethodSpec.methodBuilder("percentEncoded")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "value")
        .addStatement("StringBuilder encoded = new StringBuilder()")
        .beginControlFlow("for (byte b : value.getBytes($T.UTF_8))", StandardCharsets.class)
        .addStatement("char c = (char) (b & 0xff)")
        .beginControlFlow("if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'"
            + "$W|| c == '-' || c == '.' || c == '_' || c == '~')")
        .addStatement("encoded.append(c)")
        .nextControlFlow("else")
        .addStatement("encoded.append('%')$W.append(\"0123456789ABCDEF\".charAt(c >> 4))"
            + "$W.append(\"0123456789ABCDEF\".charAt(c & 0xf))")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return encoded.toString()")
        .build();
  }

  private static MethodSpec uriWithVariables() {
    return MethodSpec.methodBuilder("uri")
        .addJavadoc("The server's URI with the given variables, the others at their defaults.\n\n"
            + "@param values variable name to value: one of the variable's {@code enum} values where it has them;\n"
            + "    in the host or port only letters, digits, '.' and '-'; elsewhere percent-encoded\n"
            + "@return the URI\n"
            + "@throws IllegalArgumentException for a variable the server does not declare, or a value it refuses\n"
            + "@throws IllegalStateException for a variable with neither a value nor a default\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(URI.class)
        .addParameter(STRING_MAP, "values")
        .beginControlFlow("for (String name : values.keySet())")
        .beginControlFlow("if (!variables.contains(name))")
        .addStatement("throw new $T(\"server \" + specName + \" has no variable \" + name"
            + "$W+ \"; it has \" + variables)",
            IllegalArgumentException.class)
        .endControlFlow()
        .endControlFlow()
        .addStatement("String resolved = url")
        .beginControlFlow("for (String name : variables)")
        .addStatement("String given = values.get(name)")
        .addStatement("String value = given != null ? checked(name, given) : defaults.get(name)")
        .beginControlFlow("if (value == null)")
        .addStatement("throw new $T(\"server \" + specName + \" has no default for \" + name"
            + "$W+ \": set it with serverVariable\")", IllegalStateException.class)
        .endControlFlow()
        .addStatement("resolved = resolved.replace(\"{\" + name + \"}\", value)")
        .endControlFlow()
        .addStatement("return $T.create(resolved)", URI.class)
        .build();
  }

  private static MethodSpec named(ClassName server) {
    return MethodSpec.methodBuilder("named")
        .addJavadoc("The server with this name under the spec's {@code servers}.\n\n@param name the name\n"
            + "@return the server\n@throws IllegalArgumentException when the spec has no WebSocket server of that"
            + " name\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(server)
        .addParameter(String.class, "name")
        .beginControlFlow("for ($T server : values())", server)
        .beginControlFlow("if (server.specName.equals(name))")
        .addStatement("return server")
        .endControlFlow()
        .endControlFlow()
        .addStatement("throw new $T(\"no WebSocket server named \" + name)", IllegalArgumentException.class)
        .build();
  }
}
