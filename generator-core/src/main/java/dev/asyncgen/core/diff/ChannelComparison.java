package dev.asyncgen.core.diff;

import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares channels, their parameters, operations and messages, and the typed channel API. */
final class ChannelComparison {
  /** Operations and messages change the channel's Java type only through its payload, reported on its own. */
  private static final Verdict SEE_PAYLOAD_TYPE =
      Verdict.info("see CHANNEL_PAYLOAD_TYPE_CHANGED if the channel's Java type changes");

  private final Side before;
  private final Side after;
  private final Findings findings;
  private final Renames renames;

  ChannelComparison(Side before, Side after, Findings findings, Renames renames) {
    this.before = before;
    this.after = after;
    this.findings = findings;
    this.renames = renames;
  }

  void compare() {
    Map<String, Channel> removed = byName(before);
    Map<String, Channel> added = byName(after);
    for (Channel channel : after.api().channels()) {
      Channel old = removed.remove(channel.name());
      if (old != null) {
        added.remove(channel.name());
        compare(old, channel);
      }
    }
    Map<String, Channel> addedByShape = new LinkedHashMap<>();
    added.values().forEach(c -> addedByShape.putIfAbsent(shape(c), c));
    for (Channel old : List.copyOf(removed.values())) {
      Channel moved = addedByShape.remove(shape(old));
      if (moved != null) {
        removed.remove(old.name());
        added.remove(moved.name());
        parametersRenamed(old, moved);
        compare(old, moved);
      }
    }
    removed.values().forEach(this::removed);
    added.values().forEach(this::added);
  }

  private void compare(Channel old, Channel now) {
    for (Operation.Kind kind : Operation.Kind.values()) {
      Optional<Operation> was = operation(old, kind);
      Optional<Operation> is = operation(now, kind);
      if (was.isPresent() && is.isPresent()) {
        messages(now, was.get(), is.get());
      } else if (was.isPresent()) {
        operationRemoved(now, was.get());
      } else if (is.isPresent()) {
        operationAdded(now, is.get());
      }
    }
    for (Map.Entry<String, Parameter> parameter : now.parameters().entrySet()) {
      Parameter was = old.parameters().get(parameter.getKey());
      if (was != null && was.schema() != null && parameter.getValue().schema() != null
          && !Shapes.canonical(was.schema()).equals(Shapes.canonical(parameter.getValue().schema()))) {
        String subject = now.name() + " {" + parameter.getKey() + "}";
        findings.add(Rule.CHANNEL_PARAMETER_CHANGED, subject, "schema", after.at(parameter.getValue().position()),
            subject + ": parameter schema changed", Verdict.warn("the values the channel takes changed"),
            Verdict.info("parameters stay String"));
      }
    }
    payloadType(old, now);
    SiteComparison.description(now.name(), old.description(), now.description(), after.at(now.position()),
        findings);
  }

  private void payloadType(Channel old, Channel now) {
    TypeName was = before.java().channelPayload(old.name());
    TypeName is = after.java().channelPayload(now.name());
    if (was == null || is == null) {
      return;
    }
    String oldType = JavaIndex.javaType(renames.javaType(was));
    String newType = JavaIndex.javaType(is.toString());
    if (!oldType.equals(newType)) {
      findings.add(Rule.CHANNEL_PAYLOAD_TYPE_CHANGED, now.name(), oldType + " -> " + newType,
          after.at(now.position()), now.name() + ": payload type " + oldType + " became " + newType,
          Verdict.info("see the message and schema changes"),
          Verdict.err(method(after, now) + " returns Channel<" + newType + "> instead of Channel<" + oldType + ">"));
    }
  }

  private void parametersRenamed(Channel old, Channel now) {
    String oldMethod = before.java().channelMethod(old.name());
    String newMethod = after.java().channelMethod(now.name());
    boolean same = oldMethod == null || oldMethod.equals(newMethod);
    findings.add(Rule.CHANNEL_PARAMETER_CHANGED, old.name(), now.name(), after.at(now.position()),
        old.name() + ": parameters renamed, now " + now.name(), Verdict.info("same channel names on the wire"),
        same ? Verdict.info("only the Java parameter names of " + newMethod + " change")
            : Verdict.err(oldMethod + " is now " + newMethod));
  }

  private void removed(Channel old) {
    Set<Use> uses = uses(old);
    String method = before.java().channelMethod(old.name());
    findings.add(Rule.CHANNEL_REMOVED, old.name(), "", before.at(old.position()), old.name() + ": channel removed",
        Findings.wire(uses, Verdict.warn("NEW producers no longer send on it"),
            Verdict.err("NEW consumers no longer accept messages on it")),
        method == null ? Verdict.info("no builder method") : Verdict.err(method + " removed"));
  }

  private void added(Channel now) {
    String method = after.java().channelMethod(now.name());
    findings.add(Rule.CHANNEL_ADDED, now.name(), "", after.at(now.position()), now.name() + ": channel added",
        Verdict.info("new channel"), Verdict.info(method == null ? "none" : "new builder method " + method));
  }

  private void operationRemoved(Channel now, Operation old) {
    String subject = now.name() + " " + old.kind().keyword();
    Set<Use> uses = Set.of(new Use(now.name(), Direction.of(old.kind())));
    findings.add(Rule.OPERATION_REMOVED, subject, "", before.at(old.position()), subject + ": operation removed",
        Findings.wire(uses, Verdict.warn("NEW producers no longer send these messages"),
            Verdict.err("NEW consumers no longer accept these messages")),
        SEE_PAYLOAD_TYPE);
  }

  private void operationAdded(Channel now, Operation operation) {
    String subject = now.name() + " " + operation.kind().keyword();
    findings.add(Rule.OPERATION_ADDED, subject, "", after.at(operation.position()), subject + ": operation added",
        Verdict.info("new messages on the channel"),
        SEE_PAYLOAD_TYPE);
  }

  private void messages(Channel channel, Operation old, Operation now) {
    Map<String, Message> was = old.messages().stream()
        .collect(Collectors.toMap(before.messages()::of, m -> m, (a, b) -> a, LinkedHashMap::new));
    Map<String, Message> is = now.messages().stream()
        .collect(Collectors.toMap(after.messages()::of, m -> m, (a, b) -> a, LinkedHashMap::new));
    Set<Use> uses = Set.of(new Use(channel.name(), Direction.of(now.kind())));
    String operation = channel.name() + " " + now.kind().keyword();
    is.forEach((name, message) -> {
      if (!was.containsKey(name)) {
        findings.add(Rule.MESSAGE_ADDED, operation + " " + name, "", after.at(message.position()),
            operation + " " + name + ": message added to the operation",
            Findings.wire(uses, Verdict.warn("OLD consumers do not know this message and may fail to decode it"),
                Verdict.info("NEW consumers still accept every OLD message")), SEE_PAYLOAD_TYPE);
      }
    });
    was.forEach((name, message) -> {
      if (!is.containsKey(name)) {
        findings.add(Rule.MESSAGE_REMOVED, operation + " " + name, "", before.at(message.position()),
            operation + " " + name + ": message removed from the operation",
            Findings.wire(uses, Verdict.info("NEW producers no longer send it"),
                Verdict.err("NEW consumers no longer accept it")), SEE_PAYLOAD_TYPE);
      }
    });
  }

  private static String method(Side side, Channel channel) {
    String method = side.java().channelMethod(channel.name());
    return method == null ? "the channel's builder method" : method;
  }

  private static Set<Use> uses(Channel channel) {
    return channel.operations().stream().map(o -> new Use(channel.name(), Direction.of(o.kind())))
        .collect(Collectors.toSet());
  }

  private static Optional<Operation> operation(Channel channel, Operation.Kind kind) {
    return kind == Operation.Kind.SUBSCRIBE ? channel.subscribe() : channel.publish();
  }

  /** A channel name with its parameter names blanked: {@code files.{}}. */
  private static String shape(Channel channel) {
    return channel.name().replaceAll("\\{[^}]*}", "{}");
  }

  private static Map<String, Channel> byName(Side side) {
    Map<String, Channel> channels = new LinkedHashMap<>();
    side.api().channels().forEach(c -> channels.put(c.name(), c));
    return channels;
  }
}
