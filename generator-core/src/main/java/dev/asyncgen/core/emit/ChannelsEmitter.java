package dev.asyncgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.core.naming.ChannelsPlan;
import dev.asyncgen.core.naming.ChannelsPlan.ChannelPlan;
import dev.asyncgen.core.naming.ChannelsPlan.Helper;
import dev.asyncgen.core.naming.ChannelsPlan.Parameter;
import dev.asyncgen.core.naming.ChannelsPlan.ParseGroup;
import dev.asyncgen.core.naming.ChannelsPlan.ParseMethod;
import dev.asyncgen.core.naming.ChannelsPlan.ParseSwitch;
import dev.asyncgen.core.naming.ChannelsPlan.Step;
import dev.asyncgen.core.naming.ChannelsPlan.StepClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/** Emits {@code Channel<T>} and the {@code Channels} builder with {@code parse}. */
final class ChannelsEmitter {
  private static final ClassName STRING = ClassName.get(String.class);
  private static final TypeName STRING_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING);

  private final ChannelsPlan plan;
  /** With helpers, the class holding each parse method and switch chunk method, by name (names are unique). */
  private final Map<String, ClassName> homes = new HashMap<>();

  ChannelsEmitter(ChannelsPlan plan) {
    this.plan = plan;
    for (Helper helper : plan.helpers()) {
      helper.parseMethods().forEach(method -> homes.put(method.name(), helper.name()));
      helper.switchChunks().forEach(chunk -> homes.put(chunk.method(), helper.name()));
    }
  }

  /** A call of a parse or switch method with the name, made in {@code from}: qualified when in another class. */
  private CodeBlock call(String method, ClassName from) {
    ClassName home = homes.getOrDefault(method, plan.channelsClass());
    return home.equals(from) ? CodeBlock.of("$N(name)", method) : CodeBlock.of("$T.$N(name)", home, method);
  }

  TypeSpec channel() {
    TypeVariableName t = TypeVariableName.get("T");
    TypeName classOfT = ParameterizedTypeName.get(ClassName.get(Class.class), t);
    return TypeSpec.recordBuilder(plan.channelClass())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc("A concrete channel: its name, the type of the payloads on it, and the parameter values in its name.\n"
            + "Make one with {@link Channels}.\n\n"
            + "@param name the channel name, as the server knows it\n"
            + "@param payloadType the payload type of its messages ({@code Object} when they differ)\n"
            + "@param parameters the parameter values in the name, by parameter name, in order\n"
            + "@param <T> the payload type\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(String.class, "name")
            .addParameter(classOfT, "payloadType")
            .addParameter(STRING_MAP, "parameters")
            .build())
        .addMethod(MethodSpec.compactConstructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addStatement("$T.requireNonNull(name, $S)", Objects.class, "name")
            .addStatement("$T.requireNonNull(payloadType, $S)", Objects.class, "payloadType")
            .addStatement("parameters = $T.unmodifiableMap(new $T<>(parameters))", java.util.Collections.class,
                LinkedHashMap.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name")
            .build())
        .build();
  }

  TypeSpec channels() {
    TypeSpec.Builder channels = TypeSpec.classBuilder(plan.channelsClass())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc("The channels of the API, built step by step from their names: each method is a name segment,\n"
            + "and its arguments are the parameters that follow it. {@link #parse(String)} reads a name back.\n");
    if (plan.isSplit()) {
      return splitChannels(channels);
    }
    for (ChannelPlan channel : plan.all()) {
      if (channel.parseConstant() != null) {
        channels.addField(patternField(channel));
      }
    }
    channels.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Step step : plan.roots()) {
      channels.addMethod(stepMethod(step, List.of(), true));
    }
    channels.addMethod(parse());
    for (ParseGroup group : plan.parseGroups()) {
      List<ParseMethod> methods = group.methods();
      for (int i = 0; i < methods.size(); i++) {
        channels.addMethod(parseMethod(group, methods.get(i), i + 1 < methods.size() ? methods.get(i + 1) : null,
            plan.channelsClass()));
      }
    }
    for (ParseSwitch parseSwitch : plan.parseSwitches()) {
      for (int chunk = 1; chunk < parseSwitch.chunks().size(); chunk++) {
        channels.addMethod(switchMethod(parseSwitch, chunk, plan.channelsClass()));
      }
    }
    if (!plan.parseSwitches().isEmpty()) {
      channels.addMethod(firstSegment(CodeBlock.of("{@link #parse(String)}")));
    }
    channels.addMethod(segment());
    if (plan.all().stream().anyMatch(channel -> checksStops(channel, channel.parameters()))) {
      channels.addMethod(segmentBefore());
    }
    channels.addMethod(parametersHelper());
    for (Step step : plan.roots()) {
      if (step.next() != null) {
        channels.addType(stepClass(step.next()));
      }
    }
    return channels.build();
  }

  private static FieldSpec patternField(ChannelPlan channel) {
    return FieldSpec.builder(Pattern.class, channel.parseConstant(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$Z$T.compile($L)", Pattern.class, SpecText.literal(channel.regex()))
        .build();
  }

  /** With helpers, {@code Channels} keeps its methods and their Javadoc, and each hands over to a helper. */
  private TypeSpec splitChannels(TypeSpec.Builder channels) {
    channels.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Helper helper : plan.helpers()) {
      for (Step step : helper.roots()) {
        MethodSpec.Builder method = signature(step, Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc(step.next() != null ? stepJavadoc(step) : channelJavadoc(step.channel(), step.newParameters()));
        CodeBlock arguments = step.newParameters().stream()
            .map(p -> CodeBlock.of("$N", p.javaName()))
            .collect(CodeBlock.joining(", "));
        channels.addMethod(method.addStatement("return $T.$N($L)", helper.name(), step.methodName(), arguments).build());
      }
    }
    return channels.addMethod(parse()).build();
  }

  /**
   * A package-private class behind {@code Channels}: the code of some of its builder methods, with their
   * step classes, and some of its parse methods.
   */
  TypeSpec helper(int index) {
    Helper helper = plan.helpers().get(index);
    TypeSpec.Builder type = TypeSpec.classBuilder(helper.name())
        .addModifiers(Modifier.FINAL)
        .addAnnotation(Annotations.GENERATED)
        .addJavadoc("Part of {@link $T}, whose code one class file cannot hold: what some of its builder methods do,\n"
            + "with their steps, and some of the methods {@link $T#parse(String)} tries.\n", plan.channelsClass(),
            plan.channelsClass());
    Set<ChannelPlan> parsed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    helper.parseMethods().forEach(method -> parsed.addAll(method.channels()));
    for (ChannelPlan channel : plan.all()) {
      if (channel.parseConstant() != null && parsed.contains(channel)) {
        type.addField(patternField(channel));
      }
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (Step step : helper.roots()) {
      type.addMethod(stepBody(signature(step, Modifier.STATIC), step).build());
    }
    Map<ParseMethod, ParseGroup> groups = new IdentityHashMap<>();
    Map<ParseMethod, ParseMethod> nexts = new IdentityHashMap<>();
    for (ParseGroup group : plan.parseGroups()) {
      for (int i = 0; i < group.methods().size(); i++) {
        groups.put(group.methods().get(i), group);
        nexts.put(group.methods().get(i), i + 1 < group.methods().size() ? group.methods().get(i + 1) : null);
      }
    }
    for (ParseMethod method : helper.parseMethods()) {
      type.addMethod(parseMethod(groups.get(method), method, nexts.get(method), helper.name()));
    }
    for (ParseSwitch parseSwitch : plan.parseSwitches()) {
      for (int chunk = 0; chunk < parseSwitch.chunks().size(); chunk++) {
        if (helper.switchChunks().contains(parseSwitch.chunks().get(chunk))) {
          type.addMethod(switchMethod(parseSwitch, chunk, helper.name()));
        }
      }
    }
    if (!helper.switchChunks().isEmpty()) {
      type.addMethod(firstSegment(CodeBlock.of("{@link $T#parse(String)}", plan.channelsClass())));
    }
    HelperNeeds needs = new HelperNeeds(helper);
    if (needs.segment) {
      type.addMethod(segment());
    }
    if (needs.segmentBefore) {
      type.addMethod(segmentBefore());
    }
    if (needs.parameters) {
      type.addMethod(parametersHelper());
    }
    for (Step step : helper.roots()) {
      if (step.next() != null) {
        type.addType(stepClass(step.next()));
      }
    }
    return type.build();
  }

  /** Which of the small private methods a helper's code calls. */
  private static final class HelperNeeds {
    boolean segment;
    boolean segmentBefore;
    boolean parameters;

    HelperNeeds(Helper helper) {
      helper.roots().forEach(this::step);
      helper.parseMethods().forEach(method -> method.channels().forEach(this::channel));
    }

    private void step(Step step) {
      segment |= !step.newParameters().isEmpty();
      segmentBefore |= checksStops(step.channel(), step.newParameters());
      if (step.channel() != null) {
        channel(step.channel());
      }
      if (step.next() != null) {
        if (step.next().channel() != null) {
          channel(step.next().channel());
        }
        step.next().methods().forEach(this::step);
      }
    }

    private void channel(ChannelPlan channel) {
      parameters |= !channel.parameters().isEmpty();
    }
  }

  private MethodSpec stepMethod(Step step, List<Parameter> carried, boolean isStatic) {
    MethodSpec.Builder method = signature(step, isStatic ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC}
        : new Modifier[] {Modifier.PUBLIC});
    if (step.next() == null) {
      return channelMethod(method, step.channel(), step.newParameters());
    }
    return stepBody(method.addJavadoc(stepJavadoc(step)), step).build();
  }

  private MethodSpec.Builder signature(Step step, Modifier... modifiers) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(step.methodName()).addModifiers(modifiers);
    step.newParameters().forEach(p -> method.addParameter(p.type().javaType(), p.javaName()));
    return method.returns(step.next() != null ? step.next().name() : channelType(step.channel()));
  }

  private static CodeBlock stepJavadoc(Step step) {
    String given = step.newParameters().stream().map(p -> "{@code " + p.javaName() + "}")
        .collect(java.util.stream.Collectors.joining(", "));
    return CodeBlock.builder()
        .add("The channels under this step$L.\n", given.isEmpty() ? "" : ", for one " + given)
        .add(defaults(step.newParameters()))
        .build();
  }

  /** What a builder method does: check the parameters it takes, and return the next step or the channel. */
  private MethodSpec.Builder stepBody(MethodSpec.Builder method, Step step) {
    if (step.next() == null) {
      addChecks(method, step.newParameters(), step.channel());
      return method.addStatement("return new $T<>($L,$W$T.class,$W$L)", plan.channelClass(),
          nameExpression(step.channel()), step.channel().payloadType(), parametersExpression(step.channel()));
    }
    addChecks(method, step.newParameters(), separatorOf(step.next()), null);
    CodeBlock arguments = step.next().carried().stream()
        .map(p -> CodeBlock.of("$N", p.javaName()))
        .collect(CodeBlock.joining(", "));
    return method.addStatement("return new $T($L)", step.next().name(), arguments);
  }

  /** A method returning a concrete channel; {@code checked} are the parameters it must validate. */
  private MethodSpec channelMethod(MethodSpec.Builder method, ChannelPlan channel, List<Parameter> checked) {
    method.addJavadoc(channelJavadoc(channel, checked));
    addChecks(method, checked, channel);
    return method.returns(channelType(channel))
        .addStatement("return new $T<>($L,$W$T.class,$W$L)", plan.channelClass(), nameExpression(channel),
            channel.payloadType(), parametersExpression(channel))
        .build();
  }

  private static CodeBlock channelJavadoc(ChannelPlan channel, List<Parameter> checked) {
    return CodeBlock.builder().add(channelDescription(channel)).add(defaults(checked)).add(stops(channel, checked))
        .build();
  }

  /**
   * For each parameter followed in its segment by literal text and another parameter, why its value may
   * not hold that text: {@code parse} splits the segment where the text first appears.
   */
  private static CodeBlock stops(ChannelPlan channel, List<Parameter> checked) {
    CodeBlock.Builder javadoc = CodeBlock.builder();
    for (Parameter parameter : checked) {
      String stop = channel.stop(parameter);
      if (stop == null) {
        continue;
      }
      javadoc.add("\n<p>In the name {@code $L} is followed by $L and another parameter, and {@code parse} reads it up"
          + " to the first $L: {@code $L} may not contain $L$L, or the builder throws"
          + " {@code IllegalArgumentException}.\n", parameter.javaName(), SpecText.code(stop), SpecText.code(stop),
          parameter.javaName(), SpecText.code(stop), overlapsItself(stop)
              ? ", nor end with text that, followed by " + SpecText.code(stop) + ", starts it earlier" : "");
    }
    return javadoc.build();
  }

  /** Whether the text starts with one of its own endings ({@code -x-}): then a value can start it unseen. */
  private static boolean overlapsItself(String stop) {
    for (int length = 1; length < stop.length(); length++) {
      if (stop.startsWith(stop.substring(stop.length() - length))) {
        return true;
      }
    }
    return false;
  }

  /** The channel's description; the channel's name only where the description does not give it already. */
  private static CodeBlock channelDescription(ChannelPlan channel) {
    CodeBlock.Builder javadoc = CodeBlock.builder().add(SpecText.javadocBlock(channel.javadoc()));
    if (channel.javadoc() != null && namesChannel(channel.javadoc(), channel)) {
      return javadoc.build();
    }
    if (!javadoc.isEmpty()) {
      javadoc.add("\n");
    }
    return javadoc.add("<p>Channel $L.\n", SpecText.code(channel.template())).build();
  }

  /**
   * The spec's defaults of the parameters a method takes, one paragraph each: the constant to pass when
   * the enum lists the value, else the text.
   */
  private static CodeBlock defaults(List<Parameter> parameters) {
    CodeBlock.Builder javadoc = CodeBlock.builder();
    for (Parameter parameter : parameters) {
      ChannelsPlan.ParameterType type = parameter.type();
      if (type.defaultConstant() != null) {
        javadoc.add("\n<p>The spec's default for {@code $L} is {@link $T#$L}.\n", parameter.javaName(), type.javaType(),
            type.defaultConstant());
      } else if (type.defaultValue() != null) {
        javadoc.add("\n<p>The spec's default for {@code $L} is $L.\n", parameter.javaName(),
            SpecText.code(type.defaultValue()));
      }
    }
    return javadoc.build();
  }

  /**
   * Whether a description gives the channel's name: its fixed parts in order, with anything but
   * spaces where the parameters are ({@code files.[FILE_ID]} gives {@code files.{fileId}}).
   */
  private static boolean namesChannel(String description, ChannelPlan channel) {
    StringBuilder regex = new StringBuilder("(?<![\\w.\\-/])");
    for (ChannelsPlan.Part part : channel.parts()) {
      regex.append(part.parameter() == null ? Pattern.quote(part.literal()) : "\\S+?");
    }
    return Pattern.compile(regex.append("(?![\\w\\-])").toString()).matcher(description).find();
  }

  private TypeName channelType(ChannelPlan channel) {
    return ParameterizedTypeName.get(plan.channelClass(), channel.payloadType());
  }

  private static CodeBlock nameExpression(ChannelPlan channel) {
    return channel.parts().stream()
        .map(part -> part.parameter() == null ? SpecText.literal(part.literal()) : text(part.parameter()))
        .collect(CodeBlock.joining(" +$W"));
  }

  /** The parameter's text in the name: an enum's wire value. */
  private static CodeBlock text(Parameter parameter) {
    return parameter.type().isEnum() ? CodeBlock.of("$N.value()", parameter.javaName())
        : CodeBlock.of("$N", parameter.javaName());
  }

  private static CodeBlock parametersExpression(ChannelPlan channel) {
    if (channel.parameters().isEmpty()) {
      return CodeBlock.of("$T.of()", Map.class);
    }
    CodeBlock pairs = channel.parameters().stream()
        .map(p -> CodeBlock.of("$L,$W$L", SpecText.literal(p.specName()), text(p)))
        .collect(CodeBlock.joining(",$W"));
    return CodeBlock.of("parameters($L)", pairs);
  }

  /** Checks the parameters a method makes {@code channel} from. */
  private static void addChecks(MethodSpec.Builder method, List<Parameter> parameters, ChannelPlan channel) {
    addChecks(method, parameters, channel.separator(), channel);
  }

  /**
   * Each parameter is checked once, by the method that takes it from the caller.
   *
   * @param channel the channel the method makes, whose stops the values must respect; null for a step
   */
  private static void addChecks(MethodSpec.Builder method, List<Parameter> parameters, char separator,
      ChannelPlan channel) {
    for (Parameter parameter : parameters) {
      if (parameter.type().isEnum()) {
        // An open enum keeps any text (Room.of("a.b")), and a closed one may list a value that is no segment.
        method.addStatement("$T.requireNonNull($N, $L)", Objects.class, parameter.javaName(),
            SpecText.literal(parameter.specName()));
      }
      String stop = channel == null ? null : channel.stop(parameter);
      if (stop == null) {
        method.addStatement("segment($L, $L, '$L')", SpecText.literal(parameter.specName()), text(parameter),
            separator);
      } else {
        method.addStatement("segmentBefore($L, $L, '$L', $L)", SpecText.literal(parameter.specName()),
            text(parameter), separator, SpecText.literal(stop));
      }
    }
  }

  /** Whether a parameter the method takes is followed by a stop, so that it calls {@code segmentBefore}. */
  private static boolean checksStops(ChannelPlan channel, List<Parameter> checked) {
    return channel != null && checked.stream().anyMatch(parameter -> channel.stop(parameter) != null);
  }

  /**
   * A step holds values its builder methods checked; only they can make one (a private
   * constructor), so nothing is checked twice and nothing unchecked gets in.
   */
  private TypeSpec stepClass(StepClass step) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
    TypeSpec.Builder type = TypeSpec.classBuilder(step.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("A step of the channel builder, holding the parameter values given so far.\n");
    for (Parameter parameter : step.carried()) {
      type.addField(parameter.type().javaType(), parameter.javaName(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(parameter.type().javaType(), parameter.javaName())
          .addStatement("this.$N = $N", parameter.javaName(), parameter.javaName());
    }
    type.addMethod(constructor.build());
    if (step.channel() != null) {
      type.addMethod(channelMethod(MethodSpec.methodBuilder(step.channelMethod()).addModifiers(Modifier.PUBLIC),
          step.channel(), List.of()));
    }
    for (Step next : step.methods()) {
      type.addMethod(stepMethod(next, step.carried(), false));
    }
    for (Step next : step.methods()) {
      if (next.next() != null) {
        type.addType(stepClass(next.next()));
      }
    }
    return type.build();
  }

  /** The separator of the channels under a step (all share the step's leading segments). */
  private static char separatorOf(StepClass step) {
    if (step.channel() != null) {
      return step.channel().separator();
    }
    Step first = step.methods().get(0);
    return first.next() != null ? separatorOf(first.next()) : first.channel().separator();
  }

  private TypeName anyChannel() {
    return ParameterizedTypeName.get(ClassName.get(Optional.class),
        ParameterizedTypeName.get(plan.channelClass(), WildcardTypeName.subtypeOf(Object.class)));
  }

  /**
   * {@code parse} switches on the first segment of the name to the method of that segment's
   * channels; names whose first segment holds a parameter are tried last.
   */
  private MethodSpec parse() {
    MethodSpec.Builder parse = MethodSpec.methodBuilder("parse")
        .addJavadoc("The channel with this concrete name, parameters read from it; empty when no channel of the API"
            + " has this name.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(anyChannel())
        .addParameter(String.class, "name")
        .addStatement("$T.requireNonNull(name, $S)", Objects.class, "name");
    List<CodeBlock> attempts = new ArrayList<>();
    for (ParseSwitch parseSwitch : plan.parseSwitches()) {
      attempts.add(plan.isSplit() ? call(parseSwitch.chunks().get(0).method(), plan.channelsClass())
          : switchOf(parseSwitch, 0, plan.channelsClass()));
    }
    plan.parseGroups().stream()
        .filter(group -> group.firstSegment() == null)
        .forEach(group -> attempts.add(call(group.methods().get(0).name(), plan.channelsClass())));
    if (attempts.isEmpty()) {
      return parse.addStatement("return $T.empty()", Optional.class).build();
    }
    if (attempts.size() == 1) {
      return parse.addCode("return $L;\n", attempts.get(0)).build();
    }
    parse.addCode("$T channel = $L;\n", anyChannel(), attempts.get(0));
    for (CodeBlock attempt : attempts.subList(1, attempts.size())) {
      parse.beginControlFlow("if (channel.isEmpty())").addCode("channel = $L;\n", attempt).endControlFlow();
    }
    return parse.addStatement("return channel").build();
  }

  /** The switch of one chunk of cases, whose default goes on to the next chunk. */
  private CodeBlock switchOf(ParseSwitch parseSwitch, int chunk, ClassName from) {
    CodeBlock.Builder cases = CodeBlock.builder()
        .add("switch (firstSegment(name, '$L')) {\n$>", parseSwitch.separator());
    for (ParseGroup group : parseSwitch.chunks().get(chunk).groups()) {
      cases.add("case $L -> $L;\n", SpecText.literal(group.firstSegment()), call(group.methods().get(0).name(), from));
    }
    if (chunk + 1 < parseSwitch.chunks().size()) {
      cases.add("default -> $L;\n", call(parseSwitch.chunks().get(chunk + 1).method(), from));
    } else {
      cases.add("default -> $T.empty();\n", Optional.class);
    }
    return cases.add("$<}").build();
  }

  /** A chunk of cases in a method of its own: each after the first, and with helpers the first too. */
  private MethodSpec switchMethod(ParseSwitch parseSwitch, int chunk, ClassName from) {
    return MethodSpec.methodBuilder(parseSwitch.chunks().get(chunk).method())
        .addModifiers(access())
        .returns(anyChannel())
        .addParameter(String.class, "name")
        .addCode("return $L;\n", switchOf(parseSwitch, chunk, from))
        .build();
  }

  /**
   * Tries some of the channels of a parse group, then hands over to {@code next} (if not null).
   *
   * @param from the class the method is in
   */
  private MethodSpec parseMethod(ParseGroup group, ParseMethod method, ParseMethod next, ClassName from) {
    MethodSpec.Builder parse = MethodSpec.methodBuilder(method.name())
        .addModifiers(access())
        .returns(anyChannel())
        .addParameter(String.class, "name");
    boolean matcherDeclared = false;
    for (ChannelPlan channel : method.channels()) {
      if (channel.parseConstant() == null) {
        parse.beginControlFlow("if (name.equals($L))", SpecText.literal(channel.template()))
            .addStatement("return $T.of(new $T<>(name, $T.class, $T.of()))", Optional.class, plan.channelClass(),
                channel.payloadType(), Map.class)
            .endControlFlow();
        continue;
      }
      List<Parameter> parameters = channel.parameters();
      CodeBlock.Builder groups = CodeBlock.builder();
      for (int i = 0; i < parameters.size(); i++) {
        groups.add(i == 0 ? "" : ",$W").add("$L,$Wmatcher.group($L)", SpecText.literal(parameters.get(i).specName()),
            i + 1);
      }
      // A name that does not start with the channel's fixed first words cannot match: checking that
      // first spares a Matcher (about 200 bytes) per channel tried. The group's first segment is
      // known to match already.
      String prefix = channel.literalPrefix();
      boolean checkPrefix = prefix.length() > groupPrefix(group, channel).length();
      if (checkPrefix) {
        parse.beginControlFlow("if (name.startsWith($L))", SpecText.literal(prefix));
      }
      if (matcherDeclared) {
        parse.addStatement("matcher = $N.matcher(name)", channel.parseConstant());
      } else {
        parse.addStatement("$T matcher = $N.matcher(name)", Matcher.class, channel.parseConstant());
        matcherDeclared = !checkPrefix;
      }
      parse.beginControlFlow("if (matcher.matches())")
          .addStatement("return $T.of(new $T<>(name, $T.class,$Wparameters($L)))", Optional.class, plan.channelClass(),
              channel.payloadType(), groups.build())
          .endControlFlow();
      if (checkPrefix) {
        parse.endControlFlow();
      }
    }
    return next == null
        ? parse.addStatement("return $T.empty()", Optional.class).build()
        : parse.addStatement("return $L", call(next.name(), from)).build();
  }

  /** What every name routed to the group starts with. */
  private static String groupPrefix(ParseGroup group, ChannelPlan channel) {
    if (group.firstSegment() == null) {
      return "";
    }
    String leading = channel.template().charAt(0) == group.separator() ? String.valueOf(group.separator()) : "";
    return leading + group.firstSegment() + group.separator();
  }

  /** Parse and switch methods are private, or package-private in helpers, which call each other. */
  private Modifier[] access() {
    return plan.isSplit() ? new Modifier[] {Modifier.STATIC} : new Modifier[] {Modifier.PRIVATE, Modifier.STATIC};
  }

  /** @param parse a Javadoc link to {@code parse} */
  private static MethodSpec firstSegment(CodeBlock parse) {
    return MethodSpec.methodBuilder("firstSegment")
        .addJavadoc("The text up to the first separator, a leading one skipped: what $L switches on.\n", parse)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "name")
        .addParameter(TypeName.CHAR, "separator")
        .addStatement("int start = !name.isEmpty() && name.charAt(0) == separator ? 1 : 0")
        .addStatement("int end = name.indexOf(separator, start)")
        .addStatement("return end < 0 ? name.substring(start) : name.substring(start, end)")
        .build();
  }

  private static MethodSpec segment() {
    return MethodSpec.methodBuilder("segment")
        .addJavadoc("Checks a parameter value: it becomes one segment of a channel name.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "parameter")
        .addParameter(String.class, "value")
        .addParameter(TypeName.CHAR, "separator")
        .addStatement("$T.requireNonNull(value, parameter)", Objects.class)
        .beginControlFlow("if (value.isEmpty() || value.indexOf(separator) >= 0)")
        .addStatement("throw new $T($S + parameter +$W$S + separator + $S + value + $S)",
            IllegalArgumentException.class, "channel parameter ", " must not be empty or contain '", "': '", "'")
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  /**
   * Checks a parameter value followed in its segment by {@code stop} and another parameter: {@code parse}
   * ends the value at the first {@code stop}, so none may start before the value's end.
   */
  private static MethodSpec segmentBefore() {
    return MethodSpec.methodBuilder("segmentBefore")
        .addJavadoc("Checks a parameter value followed in its segment by {@code stop} and another parameter:\n"
            + "{@code parse} ends the value at the first {@code stop}, so none may start before its end.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "parameter")
        .addParameter(String.class, "value")
        .addParameter(TypeName.CHAR, "separator")
        .addParameter(String.class, "stop")
        .addStatement("segment(parameter, value, separator)")
        .beginControlFlow("if ((value + stop).indexOf(stop) != value.length())")
        .addStatement("throw new $T($S + parameter + (value.contains(stop) ? $S : $S) + stop$W+ $S + value + $S)",
            IllegalArgumentException.class, "channel parameter ", " must not contain '", " must not end with a start of '",
            "', the text between it and the next parameter in the channel name: '", "'")
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  private static MethodSpec parametersHelper() {
    return MethodSpec.methodBuilder("parameters")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(STRING_MAP)
        .addParameter(String[].class, "namesAndValues")
        .varargs()
        .addStatement("$T<$T, $T> parameters = new $T<>()", Map.class, String.class, String.class, LinkedHashMap.class)
        .beginControlFlow("for (int i = 0; i < namesAndValues.length; i += 2)")
        .addStatement("parameters.put(namesAndValues[i], namesAndValues[i + 1])")
        .endControlFlow()
        .addStatement("return parameters")
        .build();
  }
}
