package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/**
 * The generated {@code ChannelPatterns} class: one static method per channel address with parameters, returning a
 * {@code dev.asyncgen.runtime.ChannelPattern<T>} that broker facades subscribe to with the protocol's wildcard.
 *
 * @param name the class
 * @param patterns its methods, in the order of {@code ChannelsPlan.all()}
 */
public record ChannelPatternsPlan(ClassName name, List<Pattern> patterns) {
  public ChannelPatternsPlan {
    patterns = List.copyOf(patterns);
  }

  /** The method for the address {@code template}, or null when it has no parameters. */
  String methodFor(String template) {
    return patterns.stream().filter(p -> p.template().equals(template)).map(Pattern::method).findFirst().orElse(null);
  }

  /**
   * One method.
   *
   * @param method its name: the address's literal words, as {@code Channels} names a flat method
   * @param template the address with {@code {parameter}} placeholders
   * @param payloadType the {@code T} of its {@code Channel<T>}
   * @param parameters the parameter names, in the order they first appear
   */
  public record Pattern(String method, String template, TypeName payloadType, List<String> parameters) {
    public Pattern {
      parameters = List.copyOf(parameters);
    }
  }

  static ChannelPatternsPlan of(String packageName, ChannelsPlan channels) {
    ChannelPlannerNames names = new ChannelPlannerNames();
    List<Pattern> patterns = new java.util.ArrayList<>();
    Map<String, Boolean> seen = new java.util.HashMap<>();
    for (ChannelsPlan.ChannelPlan channel : channels.all()) {
      List<String> parameters = channel.parameters().stream().map(ChannelsPlan.Parameter::specName).toList();
      if (parameters.isEmpty() || seen.put(channel.template(), true) != null) {
        continue;
      }
      String method = names.claim(ChannelPlanner.fallbackName(
          dev.asyncgen.core.model.ChannelAddress.parse(channel.template())));
      patterns.add(new Pattern(method, channel.template(), channel.payloadType(), parameters));
    }
    return new ChannelPatternsPlan(ClassName.get(packageName, BrokerPlanner.CHANNEL_PATTERNS), patterns);
  }

  /** Method names, each once, none a Java keyword. */
  private static final class ChannelPlannerNames {
    private final java.util.Set<String> taken = new java.util.HashSet<>();

    String claim(String preferred) {
      String base = JavaIdentifiers.isReserved(preferred) ? preferred + "_" : preferred;
      String name = base;
      for (int i = 2; !taken.add(name); i++) {
        name = base + i;
      }
      return name;
    }
  }
}
