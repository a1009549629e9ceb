package dev.asyncgen.core.naming;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.asyncgen.core.diagnostic.Diagnostics;
import dev.asyncgen.core.diagnostic.SourcePosition;
import dev.asyncgen.core.model.Channel;
import dev.asyncgen.core.model.ChannelAddress;
import dev.asyncgen.core.model.Message;
import dev.asyncgen.core.model.Operation;
import dev.asyncgen.core.model.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Plans the channel builder. A channel whose name splits into {@code word} and
 * {@code word.{param}} steps gets one fluent method per step; any other name (a segment that is
 * not a plain word, a parameter inside a segment, a leading parameter, a parameter named twice) gets
 * one method taking every parameter once, named after the name's words.
 */
final class ChannelPlanner {
  /** About 60 bytes of code each: a method of this many stays far below the 64 KiB limit. */
  private static final int CHANNELS_PER_PARSE_METHOD = 200;
  /** About 40 bytes of code each, for the same reason. */
  private static final int CASES_PER_SWITCH = 1_000;

  private final String packageName;
  private final NameScope packageScope;
  private final Function<Operation, TypeName> operationPayloads;
  private final Function<Message, TypeName> messagePayloads;
  private final Function<Parameter, ChannelsPlan.ParameterType> parameterTypes;
  private final JavaLimits limits;
  private final Diagnostics diagnostics;

  /**
   * @param operationPayloads the payload type of an operation's messages: one type, a union, or Object
   * @param messagePayloads the payload type of one message
   * @param parameterTypes the type of a parameter's argument, asked only for parameters a builder method takes
   */
  ChannelPlanner(String packageName, NameScope packageScope, Function<Operation, TypeName> operationPayloads,
      Function<Message, TypeName> messagePayloads, Function<Parameter, ChannelsPlan.ParameterType> parameterTypes,
      JavaLimits limits, Diagnostics diagnostics) {
    this.packageName = packageName;
    this.packageScope = packageScope;
    this.operationPayloads = operationPayloads;
    this.messagePayloads = messagePayloads;
    this.parameterTypes = parameterTypes;
    this.limits = limits;
    this.diagnostics = diagnostics;
  }

  ChannelsPlan plan(List<Channel> channels) {
    ClassName channelsClass = ClassName.get(packageName, "Channels");
    ClassName channelClass = ClassName.get(packageName, "Channel");
    TrieNode root = new TrieNode(null, null);
    List<ChannelsPlan.ChannelPlan> all = new ArrayList<>();
    List<Fallback> fallbacks = new ArrayList<>();
    NameScope parseConstants = new NameScope(false);
    List<List<Channel>> byAddress = byAddress(channels);
    for (List<Channel> sharing : byAddress) {
      ChannelsPlan.ChannelPlan plan = channelPlan(sharing, parseConstants);
      all.add(plan);
      ChannelAddress address = sharing.get(0).address().orElseThrow();
      List<StepKey> steps = fluentSteps(address);
      if (steps == null) {
        fallbacks.add(new Fallback(plan, fallbackName(address)));
      } else {
        root.insert(steps, 0, plan);
      }
    }
    MethodNames rootNames = new MethodNames().reserve("parse", 1).reserve("firstSegment", 2);
    List<ChannelsPlan.Step> roots = new ArrayList<>(steps(root, channelsClass, List.of(), rootNames));
    for (Fallback fallback : fallbacks) {
      String name = rootNames.claim(fallback.name(), fallback.plan().parameters().size());
      roots.add(new ChannelsPlan.Step(name, fallback.plan().parameters(), fallback.plan(), null));
    }
    List<ChannelsPlan.ChannelPlan> parseOrder = new ArrayList<>(all);
    parseOrder.sort(Comparator.comparingInt(c -> c.parameters().size()));
    List<ChannelsPlan.ParseGroup> groups = parseGroups(all, parseOrder, rootNames);
    ChannelsPlan plan = new ChannelsPlan(channelsClass, channelClass, roots, parseOrder, groups,
        parseSwitches(groups, rootNames), List.of());
    SpecOrder order = new SpecOrder(all, byAddress);
    if (ChannelsConstants.firstBeyond(plan, all, JavaLimits.CONSTANTS) >= 0) {
      plan = new Splitter(root, order, rootNames).split(plan);
    }
    checkStepClasses(plan, order);
    return plan;
  }

  /** Where each channel is in the spec: its index among the channels with an address, and its position. */
  private record SpecOrder(Map<ChannelsPlan.ChannelPlan, Integer> index, List<List<Channel>> byAddress) {
    SpecOrder(List<ChannelsPlan.ChannelPlan> all, List<List<Channel>> byAddress) {
      this(new IdentityHashMap<>(), byAddress);
      for (int i = 0; i < all.size(); i++) {
        index.put(all.get(i), i);
      }
    }

    SourcePosition position(ChannelsPlan.ChannelPlan channel) {
      return byAddress.get(index.get(channel)).get(0).position();
    }

    /** The channel under a step that comes first in the spec. */
    ChannelsPlan.ChannelPlan first(ChannelsPlan.Step step) {
      List<ChannelsPlan.ChannelPlan> under = new ArrayList<>();
      collect(step, under);
      return under.stream().min(Comparator.comparing(index::get)).orElseThrow();
    }

    private static void collect(ChannelsPlan.Step step, List<ChannelsPlan.ChannelPlan> under) {
      if (step.channel() != null) {
        under.add(step.channel());
      }
      if (step.next() != null) {
        if (step.next().channel() != null) {
          under.add(step.next().channel());
        }
        step.next().methods().forEach(method -> collect(method, under));
      }
    }
  }

  /**
   * Spreads a channel API that one class file cannot hold over package-private helper classes:
   * {@code Channels} keeps a method per root step, which hands over to the helper holding that step's
   * code and step classes; parse methods, their patterns and the switch chunks fill the helpers after.
   */
  private final class Splitter {
    private final TrieNode trie;
    private final SpecOrder order;
    private final MethodNames names;

    Splitter(TrieNode trie, SpecOrder order, MethodNames names) {
      this.trie = trie;
      this.order = order;
      this.names = names;
    }

    ChannelsPlan split(ChannelsPlan plan) {
      // Every chunk becomes a method of a helper, the first one too.
      List<ChannelsPlan.ParseSwitch> switches = new ArrayList<>();
      for (ChannelsPlan.ParseSwitch parseSwitch : plan.parseSwitches()) {
        List<ChannelsPlan.SwitchChunk> chunks = new ArrayList<>(parseSwitch.chunks());
        chunks.set(0, new ChannelsPlan.SwitchChunk(names.claim("parseByFirstSegment", 1), chunks.get(0).groups()));
        switches.add(new ChannelsPlan.ParseSwitch(parseSwitch.separator(), chunks));
      }
      List<Object> units = new ArrayList<>(plan.roots());
      plan.parseGroups().forEach(group -> units.addAll(group.methods()));
      switches.forEach(parseSwitch -> units.addAll(parseSwitch.chunks()));
      if (!unitsFit(units)) {
        return plan;
      }
      List<List<Object>> bins = ChannelsSplit.pack(units, ChannelPlanner::cost, JavaLimits.CONSTANTS);
      List<ClassName> helperNames = new ArrayList<>();
      for (int i = 0; i < bins.size(); i++) {
        helperNames.add(ClassName.get(packageName, packageScope.claim(plan.channelsClass().simpleName(), "Channels")));
      }
      List<TrieNode> fluentRoots = List.copyOf(trie.children.values());
      List<ChannelsPlan.Step> roots = new ArrayList<>();
      List<ChannelsPlan.Helper> helpers = new ArrayList<>();
      int rootIndex = 0;
      for (int i = 0; i < bins.size(); i++) {
        ClassName helper = helperNames.get(i);
        NameScope classNames = new NameScope(false).reserve(plan.channelsClass().simpleName(),
            plan.channelClass().simpleName());
        helperNames.forEach(name -> classNames.reserve(name.simpleName()));
        List<ChannelsPlan.Step> helperRoots = new ArrayList<>();
        List<ChannelsPlan.ParseMethod> parseMethods = new ArrayList<>();
        List<ChannelsPlan.SwitchChunk> chunks = new ArrayList<>();
        for (Object unit : bins.get(i)) {
          if (unit instanceof ChannelsPlan.Step step) {
            // Roots come first among the units, in order; the fluent ones before the fallbacks.
            ChannelsPlan.Step homed = step.next() == null ? step
                : step(fluentRoots.get(rootIndex), helper, List.of(), step.methodName(), classNames);
            rootIndex++;
            roots.add(homed);
            helperRoots.add(homed);
          } else if (unit instanceof ChannelsPlan.ParseMethod method) {
            parseMethods.add(method);
          } else {
            chunks.add((ChannelsPlan.SwitchChunk) unit);
          }
        }
        helpers.add(new ChannelsPlan.Helper(helper, helperRoots, parseMethods, chunks));
      }
      ChannelsPlan split = new ChannelsPlan(plan.channelsClass(), plan.channelClass(), roots, plan.all(),
          plan.parseGroups(), switches, helpers);
      checkRoots(split);
      return split;
    }

    /**
     * A unit bigger than a helper can hold is an error at its first channel: a root's step classes share
     * one nest, and a parse method's patterns its class. Switch chunks are always far smaller.
     */
    private boolean unitsFit(List<Object> units) {
      boolean fit = true;
      for (Object unit : units) {
        if (ChannelsSplit.HELPER_FIXED + cost(unit) <= JavaLimits.CONSTANTS) {
          continue;
        }
        fit = false;
        if (unit instanceof ChannelsPlan.Step step) {
          limits.rootStep(order.position(order.first(step)), step.methodName());
        } else if (unit instanceof ChannelsPlan.ParseMethod method) {
          ChannelsPlan.ChannelPlan first = method.channels().stream()
              .min(Comparator.comparing(order.index()::get)).orElseThrow();
          limits.parseMethod(order.position(first), method.channels().size());
        }
      }
      return fit;
    }

    /** Channels keeps one method per root step: beyond what it can hold, an error at the first channel beyond. */
    private void checkRoots(ChannelsPlan split) {
      Map<ChannelsPlan.Step, ChannelsPlan.ChannelPlan> firsts = new IdentityHashMap<>();
      split.roots().forEach(step -> firsts.put(step, order.first(step)));
      List<ChannelsPlan.Step> bySpecOrder = new ArrayList<>(split.roots());
      bySpecOrder.sort(Comparator.comparing(step -> order.index().get(firsts.get(step))));
      int attempts = split.parseSwitches().size() + (int) split.parseGroups().stream()
          .filter(group -> group.firstSegment() == null).count();
      ChannelsSplit.RootsInChannels constants = new ChannelsSplit.RootsInChannels(split.helpers().size(), attempts);
      for (int i = 0; i < bySpecOrder.size(); i++) {
        if (constants.add(bySpecOrder.get(i), split.channelClass()) > JavaLimits.CONSTANTS) {
          limits.channelsRoots(order.position(firsts.get(bySpecOrder.get(i))), i);
          return;
        }
      }
    }
  }

  private static int cost(Object unit) {
    if (unit instanceof ChannelsPlan.Step step) {
      return ChannelsSplit.rootInHelper(step);
    }
    if (unit instanceof ChannelsPlan.ParseMethod method) {
      return ChannelsSplit.parseMethod(method);
    }
    return ChannelsSplit.switchChunk((ChannelsPlan.SwitchChunk) unit);
  }

  /** Every step class is a class file of its own: beyond its constants, an error at the first channel beyond. */
  private void checkStepClasses(ChannelsPlan plan, SpecOrder order) {
    for (ChannelsPlan.Step root : plan.roots()) {
      checkStepClass(root.next(), 1, plan.channelClass(), order);
    }
  }

  private void checkStepClass(ChannelsPlan.StepClass step, int depth, ClassName channelClass, SpecOrder order) {
    if (step == null) {
      return;
    }
    ChannelsSplit.StepCount count = ChannelsSplit.stepClass(step, depth, channelClass);
    for (int i = 0; i < step.methods().size(); i++) {
      ChannelsPlan.Step method = step.methods().get(i);
      if (count.add(method) > JavaLimits.CONSTANTS) {
        limits.stepClass(order.position(order.first(method)), step.name(), i);
        return;
      }
    }
    step.methods().forEach(method -> checkStepClass(method.next(), depth + 1, channelClass, order));
  }

  /**
   * The channels with an address, grouped by it in document order: one builder method per address, as
   * several 3.x channels may share one. A channel without an address gets none.
   */
  private static List<List<Channel>> byAddress(List<Channel> channels) {
    Map<String, List<Channel>> groups = new LinkedHashMap<>();
    for (Channel channel : channels) {
      channel.address().ifPresent(address ->
          groups.computeIfAbsent(address.template(), t -> new ArrayList<>()).add(channel));
    }
    return List.copyOf(groups.values());
  }

  private static List<ChannelsPlan.ParseSwitch> parseSwitches(List<ChannelsPlan.ParseGroup> groups,
      MethodNames names) {
    Map<Character, List<ChannelsPlan.ParseGroup>> bySeparator = new LinkedHashMap<>();
    groups.stream()
        .filter(group -> group.firstSegment() != null)
        .forEach(group -> bySeparator.computeIfAbsent(group.separator(), s -> new ArrayList<>()).add(group));
    List<ChannelsPlan.ParseSwitch> switches = new ArrayList<>();
    bySeparator.forEach((separator, cases) -> {
      List<ChannelsPlan.SwitchChunk> chunks = new ArrayList<>();
      for (List<ChannelsPlan.ParseGroup> chunk : chunks(cases, CASES_PER_SWITCH)) {
        String method = chunks.isEmpty() ? null : names.claim("parseMore", 1);
        chunks.add(new ChannelsPlan.SwitchChunk(method, chunk));
      }
      switches.add(new ChannelsPlan.ParseSwitch(separator, chunks));
    });
    return switches;
  }

  /** The parse groups, named after their first segments once the builder methods have their names. */
  private static List<ChannelsPlan.ParseGroup> parseGroups(List<ChannelsPlan.ChannelPlan> specOrder,
      List<ChannelsPlan.ChannelPlan> parseOrder, MethodNames names) {
    Map<GroupKey, List<ChannelsPlan.ChannelPlan>> members = new LinkedHashMap<>();
    specOrder.forEach(channel -> members.put(GroupKey.of(channel), new ArrayList<>()));
    parseOrder.forEach(channel -> members.get(GroupKey.of(channel)).add(channel));
    List<ChannelsPlan.ParseGroup> groups = new ArrayList<>();
    members.forEach((key, channels) -> {
      String words = key.firstSegment() == null ? "" : JavaIdentifiers.pascalCase(key.firstSegment());
      String name = "parse" + (words.isEmpty() || words.startsWith("_") ? "Other" : words);
      List<ChannelsPlan.ParseMethod> methods = new ArrayList<>();
      for (List<ChannelsPlan.ChannelPlan> chunk : chunks(channels, CHANNELS_PER_PARSE_METHOD)) {
        methods.add(new ChannelsPlan.ParseMethod(names.claim(name, 1), chunk));
      }
      groups.add(new ChannelsPlan.ParseGroup(key.separator(), key.firstSegment(), methods));
    });
    return groups;
  }

  /** {@code list} in consecutive pieces of at most {@code size} items, in order. */
  private static <T> List<List<T>> chunks(List<T> list, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < list.size(); from += size) {
      chunks.add(list.subList(from, Math.min(list.size(), from + size)));
    }
    return chunks;
  }

  /** What {@code parse} switches on: a name's separator and its first segment. */
  private record GroupKey(char separator, String firstSegment) {
    static GroupKey of(ChannelsPlan.ChannelPlan channel) {
      return new GroupKey(channel.separator(), firstSegment(channel));
    }

    /** The literal first segment, a leading separator skipped; null when it holds a parameter. */
    private static String firstSegment(ChannelsPlan.ChannelPlan channel) {
      ChannelsPlan.Part first = channel.parts().get(0);
      if (first.parameter() != null) {
        return null;
      }
      String text = first.literal();
      int start = text.indexOf(channel.separator()) == 0 ? 1 : 0;
      int end = text.indexOf(channel.separator(), start);
      if (end >= 0) {
        return text.substring(start, end);
      }
      return channel.parts().size() == 1 ? text.substring(start) : null;
    }
  }

  private ChannelsPlan.ChannelPlan channelPlan(List<Channel> sharing, NameScope parseConstants) {
    Channel channel = sharing.get(0);
    ChannelAddress address = channel.address().orElseThrow();
    NameScope parameterNames = new NameScope(false);
    Map<String, ChannelsPlan.Parameter> parameters = new LinkedHashMap<>();
    List<String> used = address.parameterNames();
    // Every declared parameter claims its Java name, so that an unused one keeps the names of the others as they were.
    for (Parameter parameter : channel.parameters().values()) {
      ChannelsPlan.ParameterType type = used.contains(parameter.name()) ? parameterTypes.apply(parameter)
          : ChannelsPlan.ParameterType.STRING;
      parameters.put(parameter.name(), new ChannelsPlan.Parameter(
          parameterNames.claim(JavaIdentifiers.camelCase(parameter.name()), "parameter"), parameter.name(),
          parameter.description(), type));
    }
    List<ChannelsPlan.Part> parts = new ArrayList<>();
    for (ChannelAddress.Part part : address.parts()) {
      if (part instanceof ChannelAddress.ParameterRef reference) {
        parts.add(new ChannelsPlan.Part(null, parameters.get(reference.name())));
      } else {
        parts.add(new ChannelsPlan.Part(((ChannelAddress.Literal) part).text(), null));
      }
    }
    String parseConstant = parameters.isEmpty() ? null
        : parseConstants.claim(JavaIdentifiers.upperSnake(address.template()), "CHANNEL");
    ChannelsPlan.ChannelPlan plan = new ChannelsPlan.ChannelPlan(address.template(), address.separator(), parts,
        payloadType(sharing), channel.description(), parseConstant);
    checkLimits(channel, plan);
    warnOfValuesNoSegment(channel, plan);
    return plan;
  }

  /** {@code parse} compares a name without parameters to a constant, and matches the others against a regex. */
  private void checkLimits(Channel channel, ChannelsPlan.ChannelPlan plan) {
    limits.channelParameters(channel.position(), plan.parameters().size());
    if (plan.parseConstant() == null) {
      limits.constant(channel.position(), "the channel name", plan.template());
    } else {
      limits.constant(channel.position(), "the channel name as a regular expression", plan.regex());
      limits.constant(channel.position(), "the Java name of the channel's pattern", plan.parseConstant());
    }
    for (ChannelsPlan.Parameter parameter : plan.parameters()) {
      limits.constant(channel.position(), "a parameter name", parameter.specName());
      limits.constant(channel.position(), "the Java name of a parameter", parameter.javaName());
    }
  }

  /** An enum value the builder would refuse: no segment of the name, or one that holds the text after it. */
  private void warnOfValuesNoSegment(Channel channel, ChannelsPlan.ChannelPlan plan) {
    for (ChannelsPlan.Parameter parameter : plan.parameters()) {
      for (String value : parameter.type().values()) {
        if (plan.isBuildable(parameter, value)) {
          continue;
        }
        String why = !plan.isSegment(value)
            ? "which cannot be a segment of channel '" + plan.template() + "' (it is empty or contains '"
                + plan.separator() + "')"
            : stopMisplaced(plan, parameter, value);
        diagnostics.warning(channel.parameters().get(parameter.specName()).position(), "parameter '"
            + parameter.specName() + "' lists the value '" + value + "', " + why
            + ": the channel builder refuses it, and parse never reads it");
      }
    }
  }

  /** Why a value cannot come before its parameter's stop: parse would split the name at an earlier one. */
  private static String stopMisplaced(ChannelsPlan.ChannelPlan plan, ChannelsPlan.Parameter parameter, String value) {
    String stop = plan.stop(parameter);
    String where = "'" + stop + "', the text between it and the next parameter in channel '" + plan.template() + "'";
    return value.contains(stop) ? "which contains " + where
        : "which ends with the start of " + where + ", so that the name holds that text earlier";
  }

  /**
   * The payload type every operation on the address shares, else Object. Channels without operations
   * (3.x) count by their messages: one message, its payload type.
   */
  private TypeName payloadType(List<Channel> sharing) {
    Set<TypeName> payloads = new LinkedHashSet<>();
    for (Channel channel : sharing) {
      if (channel.operations().isEmpty()) {
        channel.messages().values().forEach(message -> payloads.add(messagePayloads.apply(message)));
      }
      channel.operations().forEach(operation -> payloads.add(operationPayloads.apply(operation)));
    }
    return PayloadTypes.asClass(PayloadTypes.shared(payloads)); // Channel<T> carries a Class<T>
  }

  /**
   * The fluent steps of a name, or null when it does not split into word and word-parameter pairs,
   * or names a parameter twice (two steps would each take a value for it).
   */
  private static List<StepKey> fluentSteps(ChannelAddress address) {
    List<StepKey> steps = new ArrayList<>();
    Set<String> parameters = new HashSet<>();
    List<List<ChannelAddress.Part>> segments = address.segments();
    for (int i = 0; i < segments.size(); i++) {
      List<ChannelAddress.Part> segment = segments.get(i);
      if (segment.size() != 1 || !(segment.get(0) instanceof ChannelAddress.Literal literal)
          || !JavaIdentifiers.isPlainWord(literal.text())) {
        return null;
      }
      String parameter = null;
      if (i + 1 < segments.size() && segments.get(i + 1).size() == 1
          && segments.get(i + 1).get(0) instanceof ChannelAddress.ParameterRef reference) {
        parameter = reference.name();
        if (!parameters.add(parameter)) {
          return null;
        }
        i++;
      }
      steps.add(new StepKey(literal.text(), parameter));
    }
    return steps.isEmpty() ? null : steps;
  }

  static String fallbackName(ChannelAddress address) {
    StringBuilder words = new StringBuilder();
    for (ChannelAddress.Part part : address.parts()) {
      if (part instanceof ChannelAddress.Literal literal) {
        words.append(literal.text()).append(' ');
      }
    }
    String name = JavaIdentifiers.camelCase(words.toString());
    return name.isEmpty() || name.startsWith("_") ? "channel" + JavaIdentifiers.pascalCase(name) : name;
  }

  private List<ChannelsPlan.Step> steps(TrieNode node, ClassName enclosing, List<ChannelsPlan.Parameter> carried,
      MethodNames methodNames) {
    List<ChannelsPlan.Step> steps = new ArrayList<>();
    NameScope classNames = new NameScope(false);
    for (ClassName c = enclosing; c != null; c = c.enclosingClassName()) {
      classNames.reserve(c.simpleName());
    }
    for (TrieNode child : node.children.values()) {
      int arity = child.key.parameter() == null ? 0 : 1;
      String method = methodNames.claim(JavaIdentifiers.camelCase(child.key.literal()), arity);
      steps.add(step(child, enclosing, carried, method, classNames));
    }
    return steps;
  }

  /** The step of {@code child}, named {@code method}; its step class, if any, is nested in {@code enclosing}. */
  private ChannelsPlan.Step step(TrieNode child, ClassName enclosing, List<ChannelsPlan.Parameter> carried,
      String method, NameScope classNames) {
    List<ChannelsPlan.Parameter> added = child.key.parameter() == null ? List.of() : List.of(child.parameter);
    if (child.children.isEmpty()) {
      return new ChannelsPlan.Step(method, added, child.channel, null);
    }
    ClassName stepClass = enclosing.nestedClass(classNames.claim(JavaIdentifiers.pascalCase(child.key.literal()), "Step"));
    List<ChannelsPlan.Parameter> nowCarried = new ArrayList<>(carried);
    nowCarried.addAll(added);
    MethodNames stepMethods = new MethodNames();
    List<ChannelsPlan.Step> next = steps(child, stepClass, nowCarried, stepMethods);
    String channelMethod = child.channel == null ? null : stepMethods.claim("channel", 0);
    return new ChannelsPlan.Step(method, added, null,
        new ChannelsPlan.StepClass(stepClass, nowCarried, next, child.channel, channelMethod));
  }

  private record StepKey(String literal, String parameter) {}

  private record Fallback(ChannelsPlan.ChannelPlan plan, String name) {}

  /** One node per step; channels sharing leading steps share nodes. */
  private static final class TrieNode {
    final StepKey key;
    final ChannelsPlan.Parameter parameter;
    final Map<StepKey, TrieNode> children = new LinkedHashMap<>();
    ChannelsPlan.ChannelPlan channel;

    TrieNode(StepKey key, ChannelsPlan.Parameter parameter) {
      this.key = key;
      this.parameter = parameter;
    }

    void insert(List<StepKey> steps, int index, ChannelsPlan.ChannelPlan plan) {
      if (index == steps.size()) {
        channel = plan;
        return;
      }
      StepKey step = steps.get(index);
      ChannelsPlan.Parameter stepParameter = step.parameter() == null ? null
          : plan.parameters().stream().filter(p -> p.specName().equals(step.parameter())).findFirst().orElseThrow();
      children.computeIfAbsent(step, k -> new TrieNode(k, stepParameter)).insert(steps, index + 1, plan);
    }
  }

  /** Method names in one class; overloads with different parameter counts may share a name. */
  private static final class MethodNames {
    private final Set<String> taken = new HashSet<>();

    MethodNames reserve(String name, int arity) {
      taken.add(name + "/" + arity);
      return this;
    }

    String claim(String preferred, int arity) {
      String base = JavaIdentifiers.isReserved(preferred) ? preferred + "_" : preferred;
      String name = base;
      for (int i = 2; taken.contains(name + "/" + arity); i++) {
        name = base + i;
      }
      taken.add(name + "/" + arity);
      return name;
    }
  }
}
