package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.SpecReader;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SpecException;
import dev.asyncgen.core.naming.ChannelsPlan;
import dev.asyncgen.core.naming.GenerationOptions;
import dev.asyncgen.core.naming.JavaPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code Channels.parse(build(x))} gives {@code x} back, for every channel the generator writes: random
 * addresses (literals and parameters mixed in a segment, both separators, a leading or trailing one, a
 * parameter named twice, enum parameters, overlapping names) built from random, hostile values (the
 * separator, the neighbouring literal text, empty, unicode). The builder either refuses the values
 * (IllegalArgumentException, NullPointerException), or {@code parse} of the name returns the built
 * channel; or, where another channel has that very name too, a channel of that address which its own
 * builder makes from the values parse read.
 */
class ChannelRoundTripProperties {
  private static final String PACKAGE = "com.example.roundtrip";
  /** Literal text and values share one small alphabet, so that values meet the literals around them. */
  private static final List<String> LITERALS = List.of("a", "b", "ab", "-", "x-", "--", "_", "é", "a.b", "v1");
  private static final List<String> PARAMETERS = List.of("p", "q", "r");
  private static final int VALUE_SETS = 8;

  @Property(tries = 20)
  void parseReadsBackEveryBuiltChannel(@ForAll("specs") Spec spec, @ForAll("values") List<String> values)
      throws Throwable {
    Path file = Files.createTempFile("roundtrip", ".json");
    try {
      Files.writeString(file, spec.json());
      GenerationOptions options = GenerationOptions.forPackage(PACKAGE).withClosedEnums(spec.closedEnums());
      Generated generated = Generated.of(file, options);
      if (generated == null) {
        Statistics.label("spec").collect("refused");
        return;
      }
      Statistics.label("spec").collect("generated");
      // Compiling is the expensive part: each channel is built from several sets of values.
      int next = 0;
      for (int round = 0; round < VALUE_SETS; round++) {
        for (ChannelsPlan.ChannelPlan channel : generated.plan.all()) {
          Map<String, String> texts = new LinkedHashMap<>();
          for (ChannelsPlan.Parameter parameter : channel.parameters()) {
            String value = values.get(next++ % values.size());
            List<String> listed = parameter.type().values();
            texts.put(parameter.specName(), parameter.type().closed() && !listed.isEmpty()
                ? listed.get(Math.floorMod(value.hashCode(), listed.size())) : value);
          }
          roundTrip(generated, channel, texts);
        }
      }
    } finally {
      Files.delete(file);
    }
  }

  private static void roundTrip(Generated generated, ChannelsPlan.ChannelPlan channel, Map<String, String> texts)
      throws Throwable {
    Object built;
    try {
      built = generated.build(channel, texts);
    } catch (IllegalArgumentException | NullPointerException refused) {
      Statistics.label("values").collect("refused");
      return;
    }
    String name = (String) GeneratedCode.get(built, "name");
    Optional<?> parsed = generated.parse(name);
    assertThat(parsed).as("parse(%s), built by %s from %s", name, channel.template(), texts).isPresent();
    if (parsed.get().equals(built)) {
      Statistics.label("values").collect("read back");
      return;
    }
    // Another address fits the same name: parse returns that one, which its own builder must make.
    Object reading = parsed.get();
    assertThat(GeneratedCode.get(reading, "name")).isEqualTo(name);
    @SuppressWarnings("unchecked")
    Map<String, String> read = (Map<String, String>) GeneratedCode.get(reading, "parameters");
    List<String> makers = new ArrayList<>();
    for (ChannelsPlan.ChannelPlan other : generated.plan.all()) {
      if (other != channel && other.parameters().stream().map(ChannelsPlan.Parameter::specName)
          .collect(Collectors.toSet()).equals(read.keySet())) {
        try {
          if (generated.build(other, read).equals(reading)) {
            makers.add(other.template());
          }
        } catch (IllegalArgumentException | NullPointerException refused) {
          // not this one
        }
      }
    }
    assertThat(makers).as("parse(%s) gave %s, not %s built by %s from %s; no other channel builds it", name,
        read, texts, channel.template(), reading).isNotEmpty();
    Statistics.label("values").collect("another channel's name");
  }

  /** A document and whether its enums are closed. */
  record Spec(String json, boolean closedEnums) {
    @Override
    public String toString() {
      return json + (closedEnums ? " (closed enums)" : "");
    }
  }

  /** A channel's address and the parameters it declares, each a string or an enum of these values. */
  record RandomChannel(String address, Map<String, List<String>> enums) {}

  @Provide
  Arbitrary<Spec> specs() {
    return Combinators.combine(Arbitraries.of(2, 3), channels().list().ofMinSize(2).ofMaxSize(4)
            .uniqueElements(RandomChannel::address), Arbitraries.of(false, true))
        .as((version, channels, closed) -> new Spec(version == 2 ? v2(channels) : v3(channels), closed));
  }

  private static Arbitrary<RandomChannel> channels() {
    Arbitrary<String> address = Combinators.combine(Arbitraries.of('.', '/'), segment().list().ofMinSize(1)
            .ofMaxSize(3), Arbitraries.of("", "sep"), Arbitraries.of("", "sep"))
        .as((separator, segments, leading, trailing) -> (leading.isEmpty() ? "" : separator)
            + String.join(String.valueOf(separator), segments) + (trailing.isEmpty() ? "" : separator));
    Arbitrary<List<String>> enumValues = Arbitraries.oneOf(Arbitraries.just(List.of()),
        value().list().ofMinSize(1).ofMaxSize(3).uniqueElements());
    return address.flatMap(text -> {
      List<String> used = parametersOf(text);
      return enumValues.list().ofSize(used.size()).map(lists -> {
        Map<String, List<String>> enums = new LinkedHashMap<>();
        for (int i = 0; i < used.size(); i++) {
          enums.put(used.get(i), lists.get(i));
        }
        return new RandomChannel(text, enums);
      });
    });
  }

  /** Literals and parameters, never two parameters side by side (an error of its own). */
  private static Arbitrary<String> segment() {
    Arbitrary<String> literal = Arbitraries.of(LITERALS);
    Arbitrary<String> parameter = Arbitraries.of(PARAMETERS).map(name -> "{" + name + "}");
    return Arbitraries.oneOf(literal, parameter).list().ofMinSize(1).ofMaxSize(4).map(tokens -> {
      StringBuilder segment = new StringBuilder();
      boolean lastWasParameter = false;
      for (String token : tokens) {
        boolean isParameter = token.startsWith("{");
        if (isParameter && lastWasParameter) {
          segment.append('-');
        }
        segment.append(token);
        lastWasParameter = isParameter;
      }
      return segment.toString();
    });
  }

  private static List<String> parametersOf(String address) {
    Set<String> names = new LinkedHashSet<>();
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(address);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return List.copyOf(names);
  }

  /** Values a user might pass: the literals, the separators, empty, unicode, and mixes of them. */
  private static Arbitrary<String> value() {
    return Arbitraries.oneOf(Arbitraries.of(LITERALS), Arbitraries.of("", ".", "/", "-", "a-b", "b-", "-a", "ü"),
        Arbitraries.strings().withChars("ab-._/xé").ofMinLength(1).ofMaxLength(5));
  }

  @Provide
  Arbitrary<List<String>> values() {
    return value().list().ofMinSize(1).ofMaxSize(40);
  }

  private static String v2(List<RandomChannel> channels) {
    StringBuilder json = new StringBuilder(
        "{\"asyncapi\":\"2.6.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"channels\":{");
    for (int i = 0; i < channels.size(); i++) {
      RandomChannel channel = channels.get(i);
      json.append(i == 0 ? "" : ",").append(quote(channel.address())).append(":{\"parameters\":{");
      appendParameters(json, channel, values -> "{\"schema\":{\"type\":\"string\""
          + (values.isEmpty() ? "" : ",\"enum\":" + array(values)) + "}}");
      json.append("},\"subscribe\":{\"message\":{\"payload\":").append(payload(i)).append("}}}");
    }
    return json.append("}}").toString();
  }

  private static String v3(List<RandomChannel> channels) {
    StringBuilder json = new StringBuilder(
        "{\"asyncapi\":\"3.0.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"channels\":{");
    for (int i = 0; i < channels.size(); i++) {
      RandomChannel channel = channels.get(i);
      json.append(i == 0 ? "" : ",").append("\"c").append(i).append("\":{\"address\":")
          .append(quote(channel.address())).append(",\"parameters\":{");
      appendParameters(json, channel, values -> values.isEmpty() ? "{}" : "{\"enum\":" + array(values) + "}");
      json.append("},\"messages\":{\"m\":{\"payload\":").append(payload(i)).append("}}}");
    }
    return json.append("}}").toString();
  }

  private static void appendParameters(StringBuilder json, RandomChannel channel,
      java.util.function.Function<List<String>, String> declaration) {
    List<String> names = List.copyOf(channel.enums().keySet());
    for (int i = 0; i < names.size(); i++) {
      json.append(i == 0 ? "" : ",").append(quote(names.get(i))).append(':')
          .append(declaration.apply(channel.enums().get(names.get(i))));
    }
  }

  /** Payload types differ from one channel to the next, so that parse returning the wrong one shows. */
  private static String payload(int index) {
    return List.of("{\"type\":\"string\"}", "{\"type\":\"integer\"}", "{\"type\":\"boolean\"}").get(index % 3);
  }

  private static String array(List<String> values) {
    return values.stream().map(ChannelRoundTripProperties::quote).collect(Collectors.joining(",", "[", "]"));
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\');
      }
      quoted.append(c);
    }
    return quoted.append('"').toString();
  }

  /** The compiled classes of a document and the plan they were written from, to call the builder by. */
  private static final class Generated {
    private final ChannelsPlan plan;
    private final ClassLoader loader;

    private Generated(ChannelsPlan plan, ClassLoader loader) {
      this.plan = plan;
      this.loader = loader;
    }

    /** Null when the document is refused. */
    static Generated of(Path file, GenerationOptions options) throws IOException {
      ChannelsPlan plan;
      SourceGenerator.Sources sources;
      try {
        sources = SourceGenerator.generate(ReadRequest.of(file), options);
        plan = JavaPlanner.plan(SpecReader.read(ReadRequest.of(file)).api(), options, new Diagnostics()).channels();
      } catch (SpecException refused) {
        return null;
      }
      return new Generated(plan, GeneratedCode.compile(sources.files()));
    }

    Optional<?> parse(String name) throws Throwable {
      return (Optional<?>) GeneratedCode.call(loader, plan.channelsClass().reflectionName(), "parse", name);
    }

    /** Calls the builder methods that lead to the channel, each parameter given by its text. */
    Object build(ChannelsPlan.ChannelPlan channel, Map<String, String> texts) throws Throwable {
      List<Call> calls = new ArrayList<>();
      for (ChannelsPlan.Step root : plan.roots()) {
        if (path(root, channel, calls)) {
          break;
        }
      }
      assertThat(calls).as("builder methods of %s", channel.template()).isNotEmpty();
      Object target = null;
      Class<?> type = loader.loadClass(plan.channelsClass().reflectionName());
      for (Call call : calls) {
        List<Object> arguments = new ArrayList<>();
        for (ChannelsPlan.Parameter parameter : call.parameters()) {
          arguments.add(argument(parameter, texts.get(parameter.specName())));
        }
        target = invoke(type, target, call.method(), arguments.toArray());
        type = target.getClass();
      }
      return target;
    }

    private Object argument(ChannelsPlan.Parameter parameter, String text) throws Throwable {
      if (!parameter.type().isEnum()) {
        return text;
      }
      Class<?> enumType = loader.loadClass(((com.palantir.javapoet.ClassName) parameter.type().javaType())
          .reflectionName());
      for (java.lang.reflect.Method factory : enumType.getMethods()) {
        if (java.lang.reflect.Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == enumType
            && factory.getParameterCount() == 1 && factory.getParameterTypes()[0] == String.class
            && !factory.getName().equals("valueOf")) {
          return invokeMethod(factory, null, text);
        }
      }
      throw new AssertionError("no factory on " + enumType);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object[] arguments) throws Throwable {
      for (java.lang.reflect.Method method : type.getMethods()) {
        if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
          return invokeMethod(method, target, arguments);
        }
      }
      throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static Object invokeMethod(java.lang.reflect.Method method, Object target, Object... arguments)
        throws Throwable {
      method.setAccessible(true);
      try {
        return method.invoke(target, arguments);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    }

    /** Adds the calls from {@code step} to the channel, if it is under it. */
    private static boolean path(ChannelsPlan.Step step, ChannelsPlan.ChannelPlan channel, List<Call> calls) {
      calls.add(new Call(step.methodName(), step.newParameters()));
      if (step.channel() == channel) {
        return true;
      }
      ChannelsPlan.StepClass next = step.next();
      if (next != null) {
        if (next.channel() == channel) {
          calls.add(new Call(next.channelMethod(), List.of()));
          return true;
        }
        for (ChannelsPlan.Step method : next.methods()) {
          if (path(method, channel, calls)) {
            return true;
          }
        }
      }
      calls.remove(calls.size() - 1);
      return false;
    }
  }

  private record Call(String method, List<ChannelsPlan.Parameter> parameters) {}
}
