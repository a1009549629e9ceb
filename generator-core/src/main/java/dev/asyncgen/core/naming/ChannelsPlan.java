package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The typed channel API: a {@code Channel<T>} record and a {@code Channels} entry class whose
 * fluent steps follow the channel names.
 *
 * @param roots the static methods on {@code Channels}
 * @param all every channel, fewest parameters first (the order of the pattern constants)
 * @param parseGroups the channels by the first segment of their names, in the order of the spec
 * @param parseSwitches for each separator, the {@code switch} from first segments to parse groups
 * @param helpers package-private classes that hold what one class file could not: empty when
 *     {@code Channels} holds everything. With helpers, each root method of {@code Channels} hands over to
 *     the helper holding its steps, and every switch chunk is a method of a helper
 */
public record ChannelsPlan(ClassName channelsClass, ClassName channelClass, List<Step> roots, List<ChannelPlan> all,
    List<ParseGroup> parseGroups, List<ParseSwitch> parseSwitches, List<Helper> helpers) {

  /**
   * A package-private class behind {@code Channels}: the code of some root methods (and their step
   * classes, nested in it), some parse methods with their patterns, and some switch chunks.
   */
  public record Helper(ClassName name, List<Step> roots, List<ParseMethod> parseMethods,
      List<SwitchChunk> switchChunks) {
    public Helper {
      roots = List.copyOf(roots);
      parseMethods = List.copyOf(parseMethods);
      switchChunks = List.copyOf(switchChunks);
    }
  }

  public boolean isSplit() {
    return !helpers.isEmpty();
  }

  /** A channel: its name template and what the builder needs to make it. */
  public record ChannelPlan(
      String template, char separator, List<Part> parts, TypeName payloadType, String javadoc,
      String parseConstant) {
    public ChannelPlan {
      parts = List.copyOf(parts);
    }

    public List<Parameter> parameters() {
      return parts.stream()
          .filter(p -> p.parameter() != null)
          .map(Part::parameter)
          .distinct()
          .toList();
    }

    /** The text before the first parameter of the name. */
    public String literalPrefix() {
      StringBuilder prefix = new StringBuilder();
      for (Part part : parts) {
        if (part.parameter() != null) {
          break;
        }
        prefix.append(part.literal());
      }
      return prefix.toString();
    }

    /** The regular expression {@code parse} matches names against: a string constant, so planned here. */
    public String regex() {
      StringBuilder regex = new StringBuilder();
      List<Parameter> seen = new java.util.ArrayList<>();
      for (Part part : parts) {
        if (part.parameter() == null) {
          regex.append(quote(part.literal()));
        } else if (seen.contains(part.parameter())) {
          regex.append("\\").append(seen.indexOf(part.parameter()) + 1);
        } else {
          seen.add(part.parameter());
          regex.append('(').append(valuePattern(part.parameter())).append(')');
        }
      }
      return regex.toString();
    }

    /**
     * What a parameter's text may be: any one segment, or for a closed enum one of its values, so that a
     * name with another value is no channel of the API (values the builder refuses cannot be built).
     * Before a {@linkplain #stop(Parameter) stop} it may not hold the stop: the segment splits at the first.
     */
    private String valuePattern(Parameter parameter) {
      ParameterType type = parameter.type();
      if (!type.closed()) {
        // Inside a character class neither '.' nor '/' needs escaping.
        String character = "[^" + separator + "]";
        String stop = stop(parameter);
        return stop == null ? character + "+" : "(?:(?!" + quote(stop) + ")" + character + ")+";
      }
      List<String> alternatives = type.values().stream()
          .filter(value -> isBuildable(parameter, value))
          .map(ChannelPlan::quote)
          .toList();
      return alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
    }

    /** Whether a parameter value can be one segment of the name: not empty, and without the separator. */
    public boolean isSegment(String value) {
      return !value.isEmpty() && value.indexOf(separator) < 0;
    }

    /**
     * The literal text between the parameter's first place in the name and another parameter in the same
     * segment ({@code -} in {@code users.{first}-{last}}), or null. Both values are free text, so the
     * name holds them apart only if the first ends at the first stop after it: {@link #isBuildable} and
     * the pattern hold it to that. Later places of a parameter match the same text again.
     */
    public String stop(Parameter parameter) {
      int first = 0;
      while (parts.get(first).parameter() == null || !parts.get(first).parameter().equals(parameter)) {
        first++;
      }
      if (first + 2 >= parts.size()) {
        return null;
      }
      String between = parts.get(first + 1).literal();
      boolean sameSegment = between != null && between.indexOf(separator) < 0;
      return sameSegment && parts.get(first + 2).parameter() != null ? between : null;
    }

    /**
     * Whether the builder takes this value: one segment, and before a stop, no stop found in
     * {@code value + stop} before the value's end.
     */
    public boolean isBuildable(Parameter parameter, String value) {
      String stop = stop(parameter);
      return isSegment(value) && (stop == null || (value + stop).indexOf(stop) == value.length());
    }

    private static String quote(String literal) {
      StringBuilder quoted = new StringBuilder();
      for (char c : literal.toCharArray()) {
        if ("\\.[]{}()*+?^$|-".indexOf(c) >= 0) {
          quoted.append('\\');
        }
        quoted.append(c);
      }
      return quoted.toString();
    }
  }

  /** Literal text, or a parameter. */
  public record Part(String literal, Parameter parameter) {}

  /** A channel parameter: its Java name, its name in the spec, and the type of its argument. */
  public record Parameter(String javaName, String specName, String javadoc, ParameterType type) {}

  /**
   * The type of a parameter's argument: {@code String}, or an enum whose {@code value()} is the text in
   * the channel name.
   *
   * @param values the values an enum lists, in spec order; empty for a {@code String}
   * @param closed whether {@code parse} accepts only the listed values (a closed enum), not any segment
   * @param defaultValue the spec's default value, or null
   * @param defaultConstant the enum constant of the default value, or null (no default, not an enum, or a
   *     value the enum does not list)
   */
  public record ParameterType(TypeName javaType, List<String> values, boolean closed, String defaultValue,
      String defaultConstant) {
    public static final ParameterType STRING =
        new ParameterType(ClassName.get(String.class), List.of(), false, null, null);

    public ParameterType {
      values = List.copyOf(values);
    }

    public boolean isEnum() {
      return !javaType.equals(STRING.javaType());
    }
  }

  /**
   * A builder method: it takes {@code newParameters}, and either makes {@code channel} (when
   * {@code next} is null) or returns the {@code next} step.
   */
  public record Step(String methodName, List<Parameter> newParameters, ChannelPlan channel, StepClass next) {
    public Step {
      newParameters = List.copyOf(newParameters);
    }
  }

  /**
   * An intermediate step, a record of the parameters gathered so far.
   *
   * @param channel the channel this step itself names, made by {@code channelMethod()}, or null
   */
  public record StepClass(ClassName name, List<Parameter> carried, List<Step> methods, ChannelPlan channel,
      String channelMethod) {
    public StepClass {
      carried = List.copyOf(carried);
      methods = List.copyOf(methods);
    }
  }

  /**
   * The channels {@code parse} tries for one first segment of a name, in methods of their own: one
   * method for every channel would outgrow the 64 KiB of code a Java method may hold.
   *
   * @param firstSegment the literal first segment of the group's names, without a leading separator;
   *     null for names whose first segment holds a parameter, which are tried for any name
   * @param methods private methods that try the group's channels in turn, fewest parameters first,
   *     each calling the next when none of its own matches
   */
  public record ParseGroup(char separator, String firstSegment, List<ParseMethod> methods) {
    public ParseGroup {
      methods = List.copyOf(methods);
    }
  }

  /** A private method of {@code parse}, and the channels it tries. */
  public record ParseMethod(String name, List<ChannelPlan> channels) {
    public ParseMethod {
      channels = List.copyOf(channels);
    }
  }

  /**
   * The groups {@code parse} finds by the first segment of a name, with this separator. The
   * switch is split in chunks too, for the same 64 KiB limit: {@code parse} holds the first, and
   * each chunk's {@code default} goes on to the next.
   */
  public record ParseSwitch(char separator, List<SwitchChunk> chunks) {
    public ParseSwitch {
      chunks = List.copyOf(chunks);
    }
  }

  /**
   * Some cases of a parse switch; {@code method} holds them, null for the chunk in {@code parse} itself
   * (only when there are no helpers).
   */
  public record SwitchChunk(String method, List<ParseGroup> groups) {
    public SwitchChunk {
      groups = List.copyOf(groups);
    }
  }

  public ChannelsPlan {
    roots = List.copyOf(roots);
    all = List.copyOf(all);
    parseGroups = List.copyOf(parseGroups);
    parseSwitches = List.copyOf(parseSwitches);
    helpers = List.copyOf(helpers);
  }
}
