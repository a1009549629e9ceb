package dev.asyncgen.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asyncgen.core.ReadRequest;
import dev.asyncgen.core.SourceGenerator;
import dev.asyncgen.core.Specs;
import dev.asyncgen.core.naming.GenerationOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A channel API one class file cannot hold: {@code Channels} keeps its methods and hands their code,
 * its step classes and parse methods over to package-private helper classes.
 */
class ChannelsSplitTest {
  private static final String PACKAGE = "com.example.split";
  /** The first count of {@link #spec} channels that {@code Channels} does not hold alone (3,478 do). */
  private static final int JUST_BEYOND = 3_479;

  @TempDir
  Path folder;

  /**
   * Channels in the four name shapes of the benchmarks' synthetic spec, each its own first segment:
   * {@code space{j}}, {@code space{j}.{spaceId}}, and two with steps below {@code space{j}(spaceId)}.
   */
  static String spec(int channels) {
    StringBuilder spec = new StringBuilder(Specs.HEADER).append("channels:\n");
    for (int j = 0; j < channels; j++) {
      String[] shapes = {"space" + j, "space" + j + ".{spaceId}", "space" + j + ".{spaceId}.items.{itemId}.events",
          "space" + j + ".{spaceId}.items.{itemId}.events.{eventId}"};
      int shape = j % shapes.length;
      spec.append("  '").append(shapes[shape]).append("':\n");
      if (shape > 0) {
        spec.append("    parameters:\n");
        String[] parameters = {"spaceId", "itemId", "eventId"};
        for (int p = 0; p < shape; p++) {
          spec.append("      ").append(parameters[p]).append(": {$ref: '#/components/parameters/")
              .append(parameters[p]).append("'}\n");
        }
      }
      spec.append("    subscribe: {message: {$ref: '#/components/messages/").append(j % 2 == 0 ? "Item" : "Other")
          .append("'}}\n");
    }
    spec.append("components:\n  parameters:\n");
    for (String parameter : new String[] {"spaceId", "itemId", "eventId"}) {
      spec.append("    ").append(parameter).append(": {schema: {type: string}}\n");
    }
    spec.append("  messages:\n    Item: {payload: {$ref: '#/components/schemas/Item'}}\n")
        .append("    Other: {payload: {type: string}}\n")
        .append("  schemas:\n    Item:\n      type: object\n      properties:\n        id: {type: string}\n")
        // A schema that takes the name the first helper would have.
        .append("    Channels2:\n      type: object\n      properties:\n        id: {type: string}\n");
    return spec.toString();
  }

  /** The builder call for channel {@code j} and the name it makes. */
  private static String builderCall(int j) {
    return switch (j % 4) {
      case 0 -> "Channels.space" + j + "()";
      case 1 -> "Channels.space" + j + "(\"s\")";
      case 2 -> "Channels.space" + j + "(\"s\").items(\"i\").events()";
      default -> "Channels.space" + j + "(\"s\").items(\"i\").events(\"e\")";
    };
  }

  /**
   * A class of another package that builds every {@code step}-th channel through the fluent API and
   * reads its name back with {@code parse}: the names of those that do not come back, one a line.
   */
  private static String roundTrip(int channels, int step) {
    StringBuilder checks = new StringBuilder();
    for (int j = 0; j < channels; j += step) {
      checks.append("    check(failures, ").append(builderCall(j)).append(");\n");
    }
    checks.append("    check(failures, ").append(builderCall(channels - 1)).append(");\n");
    return "package com.example.user;\n\n"
        + "import " + PACKAGE + ".Channel;\nimport " + PACKAGE + ".Channels;\nimport java.util.Optional;\n\n"
        + "public final class RoundTrip {\n"
        + "  private RoundTrip() {}\n\n"
        + "  public static String failures() {\n"
        + "    StringBuilder failures = new StringBuilder();\n" + checks
        + "    if (Channels.parse(\"space0.x\").isPresent() || Channels.parse(\"nothing\").isPresent()) {\n"
        + "      failures.append(\"a name of no channel parsed\\n\");\n"
        + "    }\n"
        + "    return failures.toString();\n"
        + "  }\n\n"
        + "  private static void check(StringBuilder failures, Channel<?> channel) {\n"
        + "    if (!Channels.parse(channel.name()).equals(Optional.of(channel))) {\n"
        + "      failures.append(channel.name()).append('\\n');\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  private Map<String, String> generate(int channels) {
    Path spec = folder.resolve("split.yaml");
    Specs.write(spec, spec(channels));
    SourceGenerator.check(ReadRequest.of(spec));
    return SourceGenerator.generate(ReadRequest.of(spec), GenerationOptions.forPackage(PACKAGE)).files();
  }

  @Test
  void justBeyondOneClassTheChannelsCompileAndParseBackFromAnotherPackage() throws Throwable {
    Map<String, String> files = new TreeMap<>(generate(JUST_BEYOND));
    Map<String, String> oneClass = generate(JUST_BEYOND - 1);
    // The schema Channels2 keeps its name; the helpers take the next ones.
    assertThat(oneClass.keySet()).doesNotContain("com/example/split/Channels3.java");
    assertThat(files.keySet()).contains("com/example/split/Channels2.java", "com/example/split/Channels3.java");
    assertThat(files.get("com/example/split/Channels.java")).doesNotContain("Pattern");
    assertThat(publicTypes(files)).isEqualTo(publicTypes(oneClass))
        .containsExactlyInAnyOrder("Channel", "Channels", "Channels2", "Item");
    assertThat(generate(JUST_BEYOND)).as("a second run").isEqualTo(files);
    files.put("com/example/user/RoundTrip.java", roundTrip(JUST_BEYOND, 7));
    ClassLoader loader = GeneratedCode.compile(files);
    assertEquals("", GeneratedCode.call(loader, "com.example.user.RoundTrip", "failures"));
  }

  @Test
  void tenThousandChannelsCompileAndParseBack() throws Throwable {
    Map<String, String> files = new TreeMap<>(generate(10_000));
    assertThat(publicTypes(files)).containsExactlyInAnyOrder("Channel", "Channels", "Channels2", "Item");
    files.put("com/example/user/RoundTrip.java", roundTrip(10_000, 23));
    ClassLoader loader = GeneratedCode.compile(files);
    assertEquals("", GeneratedCode.call(loader, "com.example.user.RoundTrip", "failures"));
  }

  /** The top-level types declared public, by simple name. */
  static java.util.Set<String> publicTypes(Map<String, String> files) {
    Pattern declaration = Pattern.compile("(?m)^public (?:final |sealed |abstract )*(?:class|record|interface|enum) (\\w+)");
    return files.values().stream()
        .map(declaration::matcher)
        .filter(Matcher::find)
        .map(matcher -> matcher.group(1))
        .collect(Collectors.toSet());
  }
}
