package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A channel with its name split into literal text and parameters.
 *
 * @param parameters in the order they appear in the name, then any declared but unused
 */
public record Channel(
    String name,
    ChannelAddress address,
    String description,
    Map<String, Parameter> parameters,
    Optional<Operation> subscribe,
    Optional<Operation> publish,
    Map<String, Object> bindings,
    SourcePosition position) {

  public Channel {
    parameters = Maps.copyOf(parameters);
    bindings = Maps.copyOf(bindings);
  }

  public List<Operation> operations() {
    return java.util.stream.Stream.of(subscribe, publish).flatMap(Optional::stream).toList();
  }
}
