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
 */
public record ChannelsPlan(ClassName channelsClass, ClassName channelClass, List<Step> roots, List<ChannelPlan> all,
    List<ParseGroup> parseGroups, List<ParseSwitch> parseSwitches) {

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
          // Inside a character class neither '.' nor '/' needs escaping.
          regex.append("([^").append(separator).append("]+)");
        }
      }
      return regex.toString();
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

  /** A channel parameter: its Java name and its name in the spec. */
  public record Parameter(String javaName, String specName, String javadoc) {}

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

  /** Some cases of a parse switch; {@code method} holds them, null for the chunk in {@code parse} itself. */
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
  }
}
