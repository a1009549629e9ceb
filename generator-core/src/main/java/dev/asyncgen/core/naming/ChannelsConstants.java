package dev.asyncgen.core.naming;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An upper bound of the constant pool entries of the generated {@code Channels} class, channel by
 * channel in spec order: a spec it cannot hold has its channel code spread over helper classes
 * ({@link ChannelsSplit}).
 * Each count below is at least what javac 17 and 25 write for that part of the class (javap); parts
 * that javac may share (a string used twice, a descriptor) are counted as if they were not, except
 * equal strings, which a class file always stores once.
 */
final class ChannelsConstants {
  /** The class, its fixed members (parse, segment, parameters...) and the library references they make. */
  private static final int FIXED = 300;
  /** A string constant: the String entry and its Utf8 text. */
  private static final int STRING = 2;
  /** A payload type: its Class, the class name, and the Signature of {@code Channel<Payload>}. */
  private static final int PAYLOAD = 3;
  /** A builder method of Channels: its name and descriptor. */
  private static final int ROOT_METHOD = 2;
  /** A parse method: its name, and the Methodref and NameAndType of the call to it (descriptors are shared). */
  private static final int PARSE_METHOD = 3;
  /** A step class at any depth: javac lists every nested class with its Class, name and simple name. */
  private static final int STEP_CLASS = 3;
  /** A root step that returns a step class: the call to its constructor (Methodref, NameAndType, descriptor). */
  private static final int STEP_CONSTRUCTOR = 3;
  /** A pattern field: its Fieldref, NameAndType and name. */
  private static final int PATTERN_FIELD = 3;
  /** A name built from parameters: the invokedynamic, its NameAndType, and the recipe string. */
  private static final int CONCATENATION = 2 + STRING;
  /** An enum argument's type: its Class and name, and the Methodref, NameAndType and descriptor of value(). */
  private static final int PARAMETER_ENUM = 5;
  /**
   * The {@code segmentBefore} method, there once a parameter has a stop: its name, descriptor, calls (to
   * it, segment, indexOf, length, contains), two concatenations and three message strings.
   */
  private static final int SEGMENT_BEFORE = 50;

  private final Set<Object> counted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<String> strings = new HashSet<>();
  private final Set<TypeName> payloads = new HashSet<>();
  private final Set<TypeName> parameterEnums = new HashSet<>();
  private final Map<ChannelsPlan.ChannelPlan, List<Object>> pathOf = new IdentityHashMap<>();
  private final Map<ChannelsPlan.ChannelPlan, ChannelsPlan.ParseMethod> parseMethodOf = new IdentityHashMap<>();
  private final Map<ChannelsPlan.ParseMethod, String> firstSegmentOf = new IdentityHashMap<>();
  private int total = FIXED;

  private ChannelsConstants(ChannelsPlan plan) {
    plan.roots().forEach(root -> addPaths(root, List.of()));
    for (ChannelsPlan.ParseGroup group : plan.parseGroups()) {
      for (ChannelsPlan.ParseMethod method : group.methods()) {
        method.channels().forEach(channel -> parseMethodOf.put(channel, method));
        firstSegmentOf.put(method, group.firstSegment());
      }
    }
  }

  /**
   * The index in {@code specOrder} of the first channel with which the class would hold more than
   * {@code limit} constants, or -1 when all fit.
   */
  static int firstBeyond(ChannelsPlan plan, List<ChannelsPlan.ChannelPlan> specOrder, int limit) {
    ChannelsConstants constants = new ChannelsConstants(plan);
    for (int i = 0; i < specOrder.size(); i++) {
      if (constants.add(specOrder.get(i)) > limit) {
        return i;
      }
    }
    return -1;
  }

  /** Records, for every channel, the root step and the step classes on the way to it. */
  private void addPaths(ChannelsPlan.Step step, List<Object> above) {
    List<Object> path = new ArrayList<>(above);
    path.add(step);
    if (step.channel() != null) {
      pathOf.put(step.channel(), path);
    }
    ChannelsPlan.StepClass next = step.next();
    if (next != null) {
      path.add(next);
      if (next.channel() != null) {
        pathOf.put(next.channel(), path);
      }
      next.methods().forEach(method -> addPaths(method, path));
    }
  }

  private int add(ChannelsPlan.ChannelPlan channel) {
    List<Object> path = pathOf.getOrDefault(channel, List.of());
    for (int i = 0; i < path.size(); i++) {
      Object part = path.get(i);
      if (!counted.add(part)) {
        continue;
      }
      if (part instanceof ChannelsPlan.StepClass) {
        total += STEP_CLASS;
      } else if (i == 0) {
        total += ROOT_METHOD + (((ChannelsPlan.Step) part).next() != null ? STEP_CONSTRUCTOR : 0);
      }
    }
    boolean builtAtTheRoot = path.size() == 1;
    if (builtAtTheRoot) {
      // The name is the template itself, or a concatenation whose recipe holds the literal parts.
      if (channel.parameters().isEmpty()) {
        string(channel.template());
      } else {
        total += CONCATENATION;
      }
    }
    if (payloads.add(channel.payloadType())) {
      total += PAYLOAD;
    }
    for (ChannelsPlan.Parameter parameter : channel.parameters()) {
      if (parameter.type().isEnum() && parameterEnums.add(parameter.type().javaType())) {
        total += PARAMETER_ENUM;
      }
    }
    for (ChannelsPlan.Parameter parameter : channel.parameters()) {
      String stop = channel.stop(parameter);
      if (stop != null) {
        total += counted.add(ChannelsConstants.class) ? SEGMENT_BEFORE : 0;
        string(stop);
      }
    }
    if (channel.parseConstant() == null) {
      string(channel.template());
    } else {
      total += PATTERN_FIELD;
      string(channel.regex());
      string(channel.literalPrefix());
      channel.parameters().forEach(parameter -> string(parameter.specName()));
    }
    ChannelsPlan.ParseMethod parseMethod = parseMethodOf.get(channel);
    if (parseMethod != null && counted.add(parseMethod)) {
      // And one for the switch chunk methods, one per 1,000 parse methods at most.
      total += PARSE_METHOD + 1;
      if (firstSegmentOf.get(parseMethod) != null) {
        string(firstSegmentOf.get(parseMethod));
      }
    }
    return total;
  }

  private void string(String text) {
    if (strings.add(text)) {
      total += STRING;
    }
  }
}
