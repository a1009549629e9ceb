package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The typed channel API: a {@code Channel<T>} record and a {@code Channels} entry class whose
 * fluent steps follow the channel names.
 *
 * @param roots the static methods on {@code Channels}
 * @param all every channel, in the order {@code parse} tries them (fewest parameters first)
 */
public record ChannelsPlan(ClassName channelsClass, ClassName channelClass, List<Step> roots, List<ChannelPlan> all) {

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

  public ChannelsPlan {
    roots = List.copyOf(roots);
    all = List.copyOf(all);
  }
}
