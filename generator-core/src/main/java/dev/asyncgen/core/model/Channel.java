package dev.asyncgen.core.model;

import dev.asyncgen.core.diagnostic.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A channel, the same whichever AsyncAPI version described it.
 *
 * @param id the key under {@code channels}: in 2.x that is also the address, in 3.x an identifier
 * @param address the address split into literal text and parameters; empty when the channel has none
 *     (3.x: a dynamic or reply address, known only at run time)
 * @param parameters in the order they appear in the address, then any declared but unused
 * @param messages every message that may travel on the channel, by id (3.x: its {@code messages} keys;
 *     2.x: those of its operations)
 * @param operations the operations on this channel, in document order
 */
public record Channel(
    String id,
    Optional<ChannelAddress> address,
    String description,
    Map<String, Parameter> parameters,
    Map<String, Message> messages,
    List<Operation> operations,
    Map<String, Object> bindings,
    SourcePosition position) {

  public Channel {
    parameters = Maps.copyOf(parameters);
    messages = Maps.copyOf(messages);
    operations = List.copyOf(operations);
    bindings = Maps.copyOf(bindings);
  }

  /** The operations of one action, in document order. */
  public List<Operation> operations(Operation.Action action) {
    return operations.stream().filter(operation -> operation.action() == action).toList();
  }
}
