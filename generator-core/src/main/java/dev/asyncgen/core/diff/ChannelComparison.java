package dev.asyncgen.core.diff;

import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Parameter;
import dev.asyncgen.core.model.Reply;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
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

  /**
   * Pairs channels by id, then (3.x, where an id may be renamed and the address kept) by address, then by
   * address with the parameter names blanked (parameters renamed); the rest are removed or added.
   */
  void compare() {
    Map<String, Channel> removed = byId(before);
    Map<String, Channel> added = byId(after);
    for (Channel channel : after.api().channels()) {
      Channel old = removed.remove(channel.id());
      if (old != null) {
        added.remove(channel.id());
        addressChanged(old, channel);
        compare(old, channel);
      }
    }
    pair(removed, added, ChannelComparison::address, (old, moved) -> compare(old, moved));
    pair(removed, added, ChannelComparison::shape, (old, moved) -> {
      parametersRenamed(old, moved);
      compare(old, moved);
    });
    removed.values().forEach(this::removed);
    added.values().forEach(this::added);
  }

  /** Pairs the channels left on both sides that have the same key, taking them out of both maps. */
  private static void pair(Map<String, Channel> removed, Map<String, Channel> added, Function<Channel, String> key,
      BiConsumer<Channel, Channel> paired) {
    Map<String, Channel> addedByKey = new LinkedHashMap<>();
    added.values().forEach(c -> addedByKey.putIfAbsent(key.apply(c), c));
    for (Channel old : List.copyOf(removed.values())) {
      Channel moved = addedByKey.remove(key.apply(old));
      if (moved != null) {
        removed.remove(old.id());
        added.remove(moved.id());
        paired.accept(old, moved);
      }
    }
  }

  /**
   * A channel that kept its id but not its address (3.x): its messages travel elsewhere, and its builder
   * method follows the address. Only parameter names changed is a rename of the parameters.
   */
  private void addressChanged(Channel old, Channel now) {
    if (Objects.equals(template(old), template(now))) {
      return;
    }
    if (shape(old).equals(shape(now))) {
      parametersRenamed(old, now);
      return;
    }
    String was = describe(template(old));
    String is = describe(template(now));
    Set<Use> uses = new HashSet<>(uses(old));
    uses.addAll(uses(now));
    findings.add(Rule.CHANNEL_ADDRESS_CHANGED, now.id(), was + " -> " + is, after.at(now.position()),
        now.id() + ": address " + was + " became " + is,
        Findings.wire(uses, Verdict.err("OLD consumers listen at the old address, where NEW producers no longer send"),
            Verdict.err("OLD producers send to the old address, where NEW consumers no longer listen")),
        builderMethodChanged(old, now));
  }

  private Verdict builderMethodChanged(Channel old, Channel now) {
    String oldMethod = before.java().channelMethod(template(old));
    String newMethod = after.java().channelMethod(template(now));
    if (oldMethod == null) {
      return Verdict.info(newMethod == null ? "no builder method" : "new builder method " + newMethod);
    }
    if (newMethod == null) {
      return Verdict.err(oldMethod + " removed");
    }
    return oldMethod.equals(newMethod) ? Verdict.info(newMethod + " builds the new address")
        : Verdict.err(oldMethod + " is now " + newMethod);
  }

  private static String describe(String address) {
    return address == null ? "none" : "'" + address + "'";
  }

  private void compare(Channel old, Channel now) {
    for (Operation.Action action : Operation.Action.values()) {
      OperationPairs pairs = OperationPairs.match(old.operations(action), now.operations(action));
      pairs.matched().forEach((was, is) -> messages(now, was, is));
      pairs.removed().forEach(was -> operationRemoved(now, was));
      pairs.added().forEach(is -> operationAdded(now, is));
    }
    for (Map.Entry<String, Parameter> parameter : now.parameters().entrySet()) {
      Parameter was = old.parameters().get(parameter.getKey());
      if (was != null && was.schema() != null && parameter.getValue().schema() != null
          && !Shapes.canonical(was.schema()).equals(Shapes.canonical(parameter.getValue().schema()))) {
        String subject = now.id() + " {" + parameter.getKey() + "}";
        findings.add(Rule.CHANNEL_PARAMETER_CHANGED, subject, "schema", after.at(parameter.getValue().position()),
            subject + ": parameter schema changed", Verdict.warn("the values the channel takes changed"),
            builderMethodChange(old, now));
      }
    }
    payloadType(old, now);
    BindingComparison.compare(now.id(), old.bindings(), now.bindings(), after.at(now.position()), findings);
    SiteComparison.description(now.id(), old.description(), now.description(), after.at(now.position()),
        findings);
  }

  /** A parameter that starts or stops listing its values changes its argument's type (String or an enum). */
  private Verdict builderMethodChange(Channel old, Channel now) {
    String oldMethod = before.java().channelMethod(template(old));
    String newMethod = after.java().channelMethod(template(now));
    return oldMethod != null && newMethod != null && !oldMethod.equals(newMethod)
        ? Verdict.err(oldMethod + " is now " + newMethod) : Verdict.info("the builder method is unchanged");
  }

  private void payloadType(Channel old, Channel now) {
    TypeName was = before.java().channelPayload(template(old));
    TypeName is = after.java().channelPayload(template(now));
    if (was == null || is == null) {
      return;
    }
    String oldType = JavaIndex.javaType(renames.javaType(was));
    String newType = JavaIndex.javaType(is.toString());
    if (!oldType.equals(newType)) {
      findings.add(Rule.CHANNEL_PAYLOAD_TYPE_CHANGED, now.id(), oldType + " -> " + newType,
          after.at(now.position()), now.id() + ": payload type " + oldType + " became " + newType,
          Verdict.info("see the message and schema changes"),
          Verdict.err(method(after, now) + " returns Channel<" + newType + "> instead of Channel<" + oldType + ">"));
    }
  }

  private void parametersRenamed(Channel old, Channel now) {
    String oldMethod = before.java().channelMethod(template(old));
    String newMethod = after.java().channelMethod(template(now));
    boolean same = oldMethod == null || oldMethod.equals(newMethod);
    findings.add(Rule.CHANNEL_PARAMETER_CHANGED, old.id(), template(now), after.at(now.position()),
        old.id() + ": parameters renamed, now " + template(now), Verdict.info("same channel names on the wire"),
        same ? Verdict.info("only the Java parameter names of " + newMethod + " change")
            : Verdict.err(oldMethod + " is now " + newMethod));
  }

  private void removed(Channel old) {
    Set<Use> uses = uses(old);
    String method = before.java().channelMethod(template(old));
    findings.add(Rule.CHANNEL_REMOVED, old.id(), "", before.at(old.position()), old.id() + ": channel removed",
        Findings.wire(uses, Verdict.warn("NEW producers no longer send on it"),
            Verdict.err("NEW consumers no longer accept messages on it")),
        method == null ? Verdict.info("no builder method") : Verdict.err(method + " removed"));
  }

  private void added(Channel now) {
    String method = after.java().channelMethod(template(now));
    findings.add(Rule.CHANNEL_ADDED, now.id(), "", after.at(now.position()), now.id() + ": channel added",
        Verdict.info("new channel"), Verdict.info(method == null ? "none" : "new builder method " + method));
  }

  private void operationRemoved(Channel now, Operation old) {
    String subject = now.id() + " " + OperationPairs.label(old);
    Set<Use> uses = Set.of(new Use(now.id(), Direction.of(old.action())));
    findings.add(Rule.OPERATION_REMOVED, subject, "", before.at(old.position()), subject + ": operation removed",
        Findings.wire(uses, Verdict.warn("NEW producers no longer send these messages"),
            Verdict.err("NEW consumers no longer accept these messages")),
        SEE_PAYLOAD_TYPE);
  }

  private void operationAdded(Channel now, Operation operation) {
    String subject = now.id() + " " + OperationPairs.label(operation);
    findings.add(Rule.OPERATION_ADDED, subject, "", after.at(operation.position()), subject + ": operation added",
        Verdict.info("new messages on the channel"),
        SEE_PAYLOAD_TYPE);
  }

  /** The messages of two paired operations, and those of their replies (which travel the other way). */
  private void messages(Channel channel, Operation old, Operation now) {
    String operation = channel.id() + " " + OperationPairs.label(now);
    SecurityComparison.compare(operation, old.security(), now.security(), after.at(now.position()), findings);
    BindingComparison.compare(operation, old.bindings(), now.bindings(), after.at(now.position()), findings);
    messages(operation, "the operation", old.messages(), now.messages(),
        Set.of(new Use(channel.id(), Direction.of(now.action()))));
    String replyChannel = now.reply().or(old::reply).map(Reply::channelId).orElse(null);
    messages(operation + " reply", "the reply", old.reply().map(Reply::messages).orElse(List.of()),
        now.reply().map(Reply::messages).orElse(List.of()),
        replyChannel == null ? Set.of() : Set.of(new Use(replyChannel, Direction.ofReply(now.action()))));
  }

  private void messages(String subject, String owner, List<Message> old, List<Message> now, Set<Use> uses) {
    Map<String, Message> was = old.stream()
        .collect(Collectors.toMap(before.messages()::of, m -> m, (a, b) -> a, LinkedHashMap::new));
    Map<String, Message> is = now.stream()
        .collect(Collectors.toMap(after.messages()::of, m -> m, (a, b) -> a, LinkedHashMap::new));
    is.forEach((name, message) -> {
      if (!was.containsKey(name)) {
        findings.add(Rule.MESSAGE_ADDED, subject + " " + name, "", after.at(message.position()),
            subject + " " + name + ": message added to " + owner,
            Findings.wire(uses, Verdict.warn("OLD consumers do not know this message and may fail to decode it"),
                Verdict.info("NEW consumers still accept every OLD message")), SEE_PAYLOAD_TYPE);
      }
    });
    was.forEach((name, message) -> {
      if (!is.containsKey(name)) {
        findings.add(Rule.MESSAGE_REMOVED, subject + " " + name, "", before.at(message.position()),
            subject + " " + name + ": message removed from " + owner,
            Findings.wire(uses, Verdict.info("NEW producers no longer send it"),
                Verdict.err("NEW consumers no longer accept it")), SEE_PAYLOAD_TYPE);
      }
    });
  }

  private static String method(Side side, Channel channel) {
    String method = side.java().channelMethod(template(channel));
    return method == null ? "the channel's builder method" : method;
  }

  private static Set<Use> uses(Channel channel) {
    return channel.operations().stream().map(o -> new Use(channel.id(), Direction.of(o.action())))
        .collect(Collectors.toSet());
  }

  /** The address the Java API knows the channel by; null when it has none (and so no builder method). */
  private static String template(Channel channel) {
    return channel.address().map(ChannelAddress::template).orElse(null);
  }

  /** The address, else (none: 3.x dynamic or reply addresses) the id, so that such channels pair by id only. */
  private static String address(Channel channel) {
    String template = template(channel);
    return template != null ? template : "#" + channel.id();
  }

  /** A channel's address with its parameter names blanked: {@code files.{}}. */
  private static String shape(Channel channel) {
    return address(channel).replaceAll("\\{[^}]*}", "{}");
  }

  private static Map<String, Channel> byId(Side side) {
    Map<String, Channel> channels = new LinkedHashMap<>();
    side.api().channels().forEach(c -> channels.put(c.id(), c));
    return channels;
  }
}
