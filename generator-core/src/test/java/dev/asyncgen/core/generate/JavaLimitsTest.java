package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.Specs;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class file limits, each at its boundary (the largest spec that is accepted compiles, with only the
 * files it concerns compiled) and one beyond (a positioned error naming the limit, from validate too).
 */
class JavaLimitsTest {
  private static final GenerationOptions CLOSED =
      GenerationOptions.forPackage("com.example.limits").withClosedEnums(true);

  /** Three bytes in modified UTF-8, and not a letter, so it leaves no trace in Java names. */
  private static final String THREE_BYTES = "\u2603";

  /** Counted by ChannelsConstants for {@link #manyChannels}; javac writes about 50,000 constants for them. */
  private static final int CHANNELS_THAT_FIT = 2_609;

  @TempDir
  Path folder;

  // --- the 255 parameter slots of a record's constructor

  /** {@code longs} required longs, {@code doubles} required doubles, {@code strings} strings. */
  private static String record(int longs, int doubles, int strings, boolean additional) {
    StringBuilder properties = new StringBuilder();
    IntStream.range(0, longs).forEach(i -> properties.append("        l" + i + ": {type: integer}\n"));
    IntStream.range(0, doubles).forEach(i -> properties.append("        d" + i + ": {type: number}\n"));
    IntStream.range(0, strings).forEach(i -> properties.append("        s" + i + ": {type: string}\n"));
    String required = IntStream.range(0, longs).mapToObj(i -> "l" + i).collect(Collectors.joining(", "))
        + (longs > 0 && doubles > 0 ? ", " : "")
        + IntStream.range(0, doubles).mapToObj(i -> "d" + i).collect(Collectors.joining(", "));
    return Specs.HEADER + "channels: {}\ncomponents:\n  schemas:\n    Wide:\n      type: object\n"
        + (additional ? "      additionalProperties: true\n" : "")
        + "      required: [" + required + "]\n      properties:\n" + properties;
  }

  @Test
  void aRecordWhoseConstructorTakesExactly255SlotsCompiles() throws Exception {
    // this, 60 longs and 40 doubles (two slots each), 54 strings: 1 + 120 + 80 + 54 = 255.
    ClassLoader loader = compileOnly(folder.resolve("wide.yaml"), record(60, 40, 54, false), "Wide");
    assertEquals(154, loader.loadClass("com.example.limits.Wide").getRecordComponents().length);
  }

  @Test
  void oneSlotMoreIsAnErrorAtTheFirstPropertyBeyond() {
    Path spec = folder.resolve("wider.yaml");
    assertThat(LimitErrors.of(spec, record(60, 40, 55, false))).containsExactly("wider.yaml:166:9: error: record Wide"
        + " would take 256 parameter slots in its constructor (one per property, two for a long or a double, one"
        + " for 'this'): a Java method takes at most 255; this property is the first beyond");
  }

  @Test
  void theMapOfUnnamedPropertiesTakesASlotToo() throws Exception {
    ClassLoader loader = compileOnly(folder.resolve("open.yaml"), record(0, 0, 253, true), "Wide");
    Object wide = new com.fasterxml.jackson.databind.ObjectMapper().readValue("{\"s252\":\"x\",\"more\":1}",
        loader.loadClass("com.example.limits.Wide"));
    assertThat(wide.toString()).contains("s252=x").endsWith("additionalProperties={more=1}]");
    assertEquals(wide.hashCode(), wide.hashCode());
    Path spec = folder.resolve("wider-open.yaml");
    assertThat(LimitErrors.of(spec, record(0, 0, 254, true))).singleElement().asString()
        .startsWith("wider-open.yaml:266:9: error: record Wide would take 256 parameter slots")
        .contains("one for 'this' and one for additionalProperties");
  }

  // --- channel parameters, which the builder methods and step records take

  private static String channelWithParameters(int count) {
    String name = "c/" + IntStream.range(0, count).mapToObj(i -> "{p" + i + "}").collect(Collectors.joining("/"));
    String parameters = IntStream.range(0, count).mapToObj(i -> "      p" + i + ": {schema: {type: string}}\n")
        .collect(Collectors.joining());
    return Specs.HEADER + "channels:\n  ? '" + name + "'\n  :\n    parameters:\n" + parameters
        + "    subscribe:\n      message:\n        payload: {type: string}\n";
  }

  @Test
  void aChannelWith254ParametersCompiles() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("params.yaml"), channelWithParameters(254), "Channels", "Channel");
    String name = "c/" + IntStream.range(0, 254).mapToObj(i -> "v" + i).collect(Collectors.joining("/"));
    assertEquals("Optional[" + name + "]",
        GeneratedCode.call(loader, "com.example.limits.Channels", "parse", name).toString());
  }

  @Test
  void aChannelWith255ParametersIsAnError() {
    Path spec = folder.resolve("more-params.yaml");
    assertThat(LimitErrors.of(spec, channelWithParameters(255))).containsExactly("more-params.yaml:6:5: error:"
        + " the channel has 255 parameters: its builder methods would pass the 255 parameter slots of a Java method"
        + " (at most 254 parameters)");
  }

  // --- the constants of an enum's static initializer

  private static String enumOf(int values, String suffix) {
    String list = IntStream.range(0, values).mapToObj(i -> "        - 'v" + i + suffix + "'\n")
        .collect(Collectors.joining());
    return Specs.HEADER + "channels: {}\ncomponents:\n  schemas:\n    Big:\n      type: string\n      enum:\n" + list;
  }

  @Test
  void anOpenEnumOf3455ValuesCompilesAndDecodes() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("enum.yaml"), enumOf(3_455, ""), "Big");
    assertEquals("v3454", GeneratedCode.call(loader, "com.example.limits.Big", "of", "v3454").toString());
    assertEquals(3_455, ((List<?>) GeneratedCode.call(loader, "com.example.limits.Big", "values")).size());
  }

  @Test
  void aClosedEnumOf3455ValuesCompilesAndDecodes() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("closed.yaml"), enumOf(3_455, ""), CLOSED, "Big");
    assertEquals("v3454", GeneratedCode.call(loader, "com.example.limits.Big", "fromValue", "v3454").toString());
    assertEquals(3_455, ((Object[]) GeneratedCode.call(loader, "com.example.limits.Big", "values")).length);
  }

  @Test
  void anEventPatternEnumOf3455ValuesCompiles() {
    compileOnly(folder.resolve("patterns.yaml"), enumOf(3_455, ".*"), "Big", "EventPattern");
  }

  @Test
  void oneValueMoreIsAnError() {
    Path spec = folder.resolve("bigger.yaml");
    assertThat(LimitErrors.of(spec, enumOf(3_456, ""))).containsExactly("bigger.yaml:9:7: error: enum Big would"
        + " have 3,456 constants: a Java enum holds at most 3,455 (its static initializer would pass the 64 KiB of"
        + " code a method may hold)");
  }

  // --- string constants: 65,535 bytes of modified UTF-8

  /** Text of exactly {@code bytes} bytes in modified UTF-8, where NUL takes two and U+2603 three. */
  private static String textOf(int bytes) {
    int left = bytes - 4;
    return "\0\0" + THREE_BYTES.repeat(left / 3) + "a".repeat(left % 3);
  }

  /** The error for spec text that would be a string constant or name of {@code bytes} bytes. */
  private static String tooLong(String position, String what, String bytes) {
    return position + ": error: " + what + " is " + bytes + " bytes long in a class file (modified UTF-8): a Java"
        + " string constant or name holds at most 65,535";
  }

  /** The text in a double-quoted YAML scalar. */
  private static String yaml(String text) {
    return text.replace("\0", "\\0");
  }

  private static String enumWithValue(String value) {
    return Specs.HEADER + "channels: {}\ncomponents:\n  schemas:\n    Wordy:\n      type: string\n"
        + "      enum: [\"" + value + "\", b]\n";
  }

  @Test
  void anEnumValueOf65535BytesCompiles() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("value.yaml"), enumWithValue(yaml(textOf(65_535))), "Wordy");
    Object constant = ((List<?>) GeneratedCode.call(loader, "com.example.limits.Wordy", "values")).get(0);
    assertEquals(textOf(65_535), constant.toString());
  }

  @Test
  void anEnumValueOf65536BytesIsAnError() {
    Path spec = folder.resolve("longer-value.yaml");
    assertThat(LimitErrors.of(spec, enumWithValue(yaml(textOf(65_536))))).containsExactly(
        tooLong("longer-value.yaml:9:7", "the enum value", "65,536"));
  }

  private static String propertyNamed(String name, boolean required) {
    return Specs.HEADER + "channels: {}\ncomponents:\n  schemas:\n    Named:\n      type: object\n"
        + (required ? "      required: [\"" + name + "\"]\n" : "")
        + "      properties:\n        ? \"" + name + "\"\n        : {type: string}\n";
  }

  @Test
  void aPropertyNameOf65535BytesCompiles() throws Exception {
    String name = yaml(textOf(65_535));
    ClassLoader loader = compileOnly(folder.resolve("property.yaml"), propertyNamed(name, false), "Named");
    assertEquals("aa", loader.loadClass("com.example.limits.Named").getRecordComponents()[0].getName());
  }

  @Test
  void aPropertyNameBeyondIsAnErrorCountingTheMessageOfItsNullCheck() {
    Path spec = folder.resolve("longer-property.yaml");
    String message = tooLong("longer-property.yaml:11:11", "the property name", "65,536");
    assertThat(LimitErrors.of(spec, propertyNamed(yaml(textOf(65_536)), false))).containsExactly(message);
    // Required: "<name> is required" is a constant too, 12 bytes longer.
    Path required = folder.resolve("required-property.yaml");
    assertThat(LimitErrors.of(required, propertyNamed(yaml(textOf(65_535 - 11)), true))).containsExactly(
        message.replace("longer-property.yaml:11", "required-property.yaml:12"));
  }

  private static String channelNamed(String name) {
    return Specs.HEADER + "channels:\n  ? \"" + name + "\"\n  :\n    subscribe:\n      message:\n"
        + "        payload: {type: string}\n";
  }

  @Test
  void aChannelNameOf65535BytesCompiles() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("channel.yaml"), channelNamed(yaml(textOf(65_535))), "Channels",
        "Channel");
    assertEquals(textOf(65_535), GeneratedCode.call(loader, "com.example.limits.Channels", "aa").toString());
  }

  @Test
  void aChannelNameBeyondIsAnError() {
    Path spec = folder.resolve("longer-channel.yaml");
    assertThat(LimitErrors.of(spec, channelNamed(yaml(textOf(65_536))))).containsExactly(
        tooLong("longer-channel.yaml:6:5", "the channel name", "65,536"));
  }

  @Test
  void aChannelWhoseRegexPassesTheLimitIsAnError() {
    // Each '.' is escaped in the pattern parse matches against: the name fits, its regex does not.
    Path spec = folder.resolve("regex.yaml");
    String name = "a/{p}/" + ".".repeat(40_000);
    String text = Specs.HEADER + "channels:\n  ? \"" + name + "\"\n  :\n"
        + "    parameters:\n      p: {schema: {type: string}}\n"
        + "    subscribe:\n      message:\n        payload: {type: string}\n";
    assertThat(LimitErrors.of(spec, text)).containsExactly(
        tooLong("regex.yaml:6:5", "the channel name as a regular expression", "80,010"));
  }

  /** A oneOf of two records told apart by a property named {@code discriminator}. */
  private static String union(String discriminator) {
    String record = "      type: object\n      properties:\n        ? \"" + discriminator + "\"\n"
        + "        : {type: string}\n";
    return Specs.HEADER + "channels: {}\ncomponents:\n  schemas:\n    Pet:\n      discriminator: \"" + discriminator
        + "\"\n      oneOf:\n        - $ref: '#/components/schemas/Cat'\n        - $ref: '#/components/schemas/Dog'\n"
        + "    Cat:\n" + record + "    Dog:\n" + record;
  }

  @Test
  void aDiscriminatorOf65535BytesCompiles() {
    compileOnly(folder.resolve("union.yaml"), union(yaml(textOf(65_535))), "Pet", "Cat", "Dog", "UnknownPet");
  }

  @Test
  void aDiscriminatorBeyondIsAnError() {
    Path spec = folder.resolve("longer-union.yaml");
    assertThat(LimitErrors.of(spec, union(yaml(textOf(65_536))))).contains(
        tooLong("longer-union.yaml:9:7", "the discriminator property name", "65,536"));
  }

  // --- the 65,534 constants of the Channels class, beyond which its code goes to helper classes

  /** Channels of three parameters each, all names distinct: about 15 constants a channel. */
  private static String manyChannels(int count) {
    StringBuilder spec = new StringBuilder(Specs.HEADER).append("channels:\n");
    for (int j = 0; j < count; j++) {
      spec.append("  c%d.{u%d}.{v%d}.{w%d}:\n    parameters:\n".formatted(j, j, j, j));
      for (String parameter : List.of("u", "v", "w")) {
        spec.append("      %s%d: {schema: {type: string}}\n".formatted(parameter, j));
      }
      spec.append("    subscribe: {message: {payload: {type: string}}}\n");
    }
    return spec.toString();
  }

  @Test
  void theChannelsClassAtItsCountedLimitCompiles() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("channels.yaml"), manyChannels(CHANNELS_THAT_FIT), "Channels",
        "Channel");
    assertEquals("Optional[c2608.a.b.c]",
        GeneratedCode.call(loader, "com.example.limits.Channels", "parse", "c2608.a.b.c").toString());
  }

  @Test
  void oneChannelMoreSpreadsTheChannelsOverHelperClasses() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("more-channels.yaml"), manyChannels(CHANNELS_THAT_FIT + 1),
        "Channels", "Channel", "Channels2", "Channels3", "Channels4");
    assertEquals("Optional[c2609.a.b.c]",
        GeneratedCode.call(loader, "com.example.limits.Channels", "parse", "c2609.a.b.c").toString());
    assertEquals("c2609.a.b.c", GeneratedCode.call(loader, "com.example.limits.Channels", "c2609", "a", "b", "c")
        .toString());
  }

  // --- the root methods Channels keeps when its code is in helper classes

  /** Channels {@code r{j}.x}: each first segment is a root method returning a step class of its own. */
  private static String manyRoots(int count) {
    StringBuilder spec = new StringBuilder(Specs.HEADER).append("channels:\n");
    for (int j = 0; j < count; j++) {
      spec.append("  r%d.x: {subscribe: {message: {payload: {type: string}}}}\n".formatted(j));
    }
    return spec.toString();
  }

  /** Counted for {@link #manyRoots}: seven constants a root method; javac writes 65,246 for them. */
  private static final int ROOTS_THAT_FIT = 9_316;

  @Test
  void theRootMethodsAtTheirCountedLimitCompile() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("roots.yaml"), manyRoots(ROOTS_THAT_FIT), "Channels", "Channel",
        "Channels2", "Channels3", "Channels4", "Channels5", "Channels6", "Channels7");
    assertEquals("Optional[r9315.x]",
        GeneratedCode.call(loader, "com.example.limits.Channels", "parse", "r9315.x").toString());
  }

  @Test
  void oneRootMethodMoreIsAnErrorAtItsChannel() {
    Path spec = folder.resolve("more-roots.yaml");
    int line = 6 + ROOTS_THAT_FIT;
    assertThat(LimitErrors.of(spec, manyRoots(ROOTS_THAT_FIT + 1))).containsExactly("more-roots.yaml:" + line
        + ":3: error: with this channel the Channels class could need more than the 65,534 constants a class file"
        + " holds: it keeps a builder method for each first step of a channel name, and 9,316 fit (the rest of its"
        + " code is in helper classes): split the spec");
  }

  /** 200 channels {@code p.{x}...}, so that one parse method tries them all, each with 170 parameters of its own. */
  private static String manyParametersUnderOneSegment() {
    StringBuilder spec = new StringBuilder(Specs.HEADER).append("channels:\n");
    for (int j = 0; j < 200; j++) {
      int channel = j;
      // An explicit key: a plain one holds at most 1,024 characters.
      spec.append("  ? 'p.").append(IntStream.range(0, 170).mapToObj(i -> "{c" + channel + "p" + i + "}")
          .collect(Collectors.joining("."))).append("'\n  :\n    parameters:\n");
      IntStream.range(0, 170).forEach(i -> spec.append("      c" + channel + "p" + i + ": {}\n"));
      spec.append("    subscribe: {message: {payload: {type: string}}}\n");
    }
    return spec.toString();
  }

  @Test
  void aParseMethodWhosePatternsPassAClassIsAnErrorAtItsFirstChannel() {
    Path spec = folder.resolve("parse-method.yaml");
    assertThat(LimitErrors.of(spec, manyParametersUnderOneSegment())).containsExactly("parse-method.yaml:6:5: error:"
        + " this channel and the 199 others that Channels.parse tries in the same method could need more than the"
        + " 65,534 constants a class file holds (their patterns and parameter names): split the spec");
  }

  // --- a step class is a class file of its own, which no helper can take a part of

  /** Channels {@code a.{p}.x{j}}: one step class, {@code Channels.A}, with a builder method per channel. */
  private static String wideStep(int count) {
    StringBuilder spec = new StringBuilder(Specs.HEADER).append("channels:\n");
    for (int j = 0; j < count; j++) {
      spec.append(("  a.{p}.x%d: {parameters: {p: {schema: {type: string}}},"
          + " subscribe: {message: {payload: {type: string}}}}\n").formatted(j));
    }
    return spec.toString();
  }

  /** Counted for {@link #wideStep}: five constants a method; javac writes 52,388 for the step class. */
  private static final int STEP_METHODS_THAT_FIT = 13_084;

  @Test
  void aStepClassAtItsCountedLimitCompiles() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("wide-step.yaml"), wideStep(STEP_METHODS_THAT_FIT), "Channels",
        "Channel", "Channels2", "Channels3", "Channels4");
    assertEquals("Optional[a.b.x13083]",
        GeneratedCode.call(loader, "com.example.limits.Channels", "parse", "a.b.x13083").toString());
  }

  @Test
  void oneMethodMoreInAStepClassIsAnErrorAtItsChannel() {
    Path spec = folder.resolve("wider-step.yaml");
    int line = 6 + STEP_METHODS_THAT_FIT;
    assertThat(LimitErrors.of(spec, wideStep(STEP_METHODS_THAT_FIT + 1))).containsExactly("wider-step.yaml:" + line
        + ":3: error: with this channel the step class Channels2.A could need more than the 65,534 constants a class"
        + " file holds (13,084 of its builder methods fit): split the spec");
  }

  // --- the same channel limits reached through AsyncAPI 3.0 addresses

  private static final String HEADER_3 = "asyncapi: 3.0.0\ninfo:\n  title: Test\n  version: 1.0.0\n";

  /** A 3.x channel {@code c} at line 6 whose address is {@code address}, with a message and an operation. */
  private static String channel3(String address, String parameters) {
    return HEADER_3 + "channels:\n  c:\n    address: \"" + address + "\"\n"
        + (parameters.isEmpty() ? "" : "    parameters:\n" + parameters)
        + "    messages:\n      m:\n        payload: {type: string}\n"
        + "operations:\n  o:\n    action: send\n    channel: {$ref: '#/channels/c'}\n";
  }

  private static String channelWithParameters3(int count) {
    String address = "c/" + IntStream.range(0, count).mapToObj(i -> "{p" + i + "}").collect(Collectors.joining("/"));
    return channel3(address, IntStream.range(0, count).mapToObj(i -> "      p" + i + ": {}\n")
        .collect(Collectors.joining()));
  }

  @Test
  void anAsyncApi3ChannelWith254ParametersCompiles() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("params3.yaml"), channelWithParameters3(254), "Channels",
        "Channel");
    String name = "c/" + IntStream.range(0, 254).mapToObj(i -> "v" + i).collect(Collectors.joining("/"));
    assertEquals("Optional[" + name + "]",
        GeneratedCode.call(loader, "com.example.limits.Channels", "parse", name).toString());
  }

  @Test
  void anAsyncApi3ChannelWith255ParametersIsAnErrorAtItsId() {
    Path spec = folder.resolve("more-params3.yaml");
    assertThat(LimitErrors.of(spec, channelWithParameters3(255))).containsExactly("more-params3.yaml:6:3: error:"
        + " the channel has 255 parameters: its builder methods would pass the 255 parameter slots of a Java method"
        + " (at most 254 parameters)");
  }

  @Test
  void anAsyncApi3AddressOf65535BytesCompiles() throws Throwable {
    ClassLoader loader = compileOnly(folder.resolve("address.yaml"), channel3(yaml(textOf(65_535)), ""), "Channels",
        "Channel");
    assertEquals(textOf(65_535), GeneratedCode.call(loader, "com.example.limits.Channels", "aa").toString());
  }

  @Test
  void anAsyncApi3AddressBeyondIsAnErrorAtTheChannelId() {
    Path spec = folder.resolve("longer-address.yaml");
    assertThat(LimitErrors.of(spec, channel3(yaml(textOf(65_536)), ""))).containsExactly(
        tooLong("longer-address.yaml:6:3", "the channel name", "65,536"));
  }

  /** {@link #manyChannels} in 3.x: four lines a channel, and an operation each after them. */
  private static String manyChannels3(int count) {
    StringBuilder spec = new StringBuilder(HEADER_3).append("channels:\n");
    for (int j = 0; j < count; j++) {
      spec.append("  c%d:\n    address: c%d.{u%d}.{v%d}.{w%d}\n    parameters: {u%d: {}, v%d: {}, w%d: {}}\n"
          .formatted(j, j, j, j, j, j, j, j));
      spec.append("    messages: {m: {payload: {type: string}}}\n");
    }
    spec.append("operations:\n");
    for (int j = 0; j < count; j++) {
      spec.append("  o%d: {action: send, channel: {$ref: '#/channels/c%d'}}\n".formatted(j, j));
    }
    return spec.toString();
  }

  @Test
  void oneAsyncApi3ChannelMoreThanTheChannelsClassHoldsGoesToAHelperClass() throws Throwable {
    Path spec = folder.resolve("more-channels3.yaml");
    Specs.write(spec, manyChannels3(CHANNELS_THAT_FIT + 1));
    Map<String, String> files = dev.asyncgen.core.SourceGenerator.generate(dev.asyncgen.core.ReadRequest.of(spec),
        GenerationOptions.forPackage("com.example.limits")).files();
    assertThat(files.keySet()).contains("com/example/limits/Channels2.java");
    assertThat(files.get("com/example/limits/Channels.java"))
        .contains("public static Channel<String> c2609(String u2609, String v2609, String w2609) {\n"
            + "        return Channels2.c2609(u2609, v2609, w2609);");
  }

  /** Generates the spec, checks validate accepts it, and compiles only the named top-level types. */
  private static ClassLoader compileOnly(Path spec, String text, String... types) {
    return compileOnly(spec, text, GenerationOptions.forPackage("com.example.limits"), types);
  }

  private static ClassLoader compileOnly(Path spec, String text, GenerationOptions options, String... types) {
    Specs.write(spec, text);
    dev.asyncgen.core.SourceGenerator.check(dev.asyncgen.core.ReadRequest.of(spec));
    Map<String, String> files = new TreeMap<>(
        dev.asyncgen.core.SourceGenerator.generate(dev.asyncgen.core.ReadRequest.of(spec), options).files());
    List<String> wanted = List.of(types).stream().map(t -> "com/example/limits/" + t + ".java").toList();
    files.keySet().retainAll(wanted);
    assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(wanted);
    return GeneratedCode.compile(files);
  }
}
